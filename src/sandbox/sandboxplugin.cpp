#include "sandboxplugin.h"

#include "sandboxserver.h"

namespace sandbox {

namespace {

class ServedTenant : public Tenant
{
public:
    explicit ServedTenant(const TenantSetup &setup)
        : m_server(setup.config)
    {
        m_server.faults() = setup.faults;
        m_server.setRejectionsNameNoAttribute(setup.rejectionsNameNoAttribute);
        if (setup.tls)
            m_server.useTls(setup.tls->certificate, setup.tls->key, setup.tls->offer);
    }

    bool start(quint16 port) { return m_server.start(port); }

    QString endpoint() const override { return m_server.endpoint(); }
    AuthMode authMode() const override { return m_server.authMode(); }
    QByteArray token() const override { return m_server.token(); }
    QString username() const override { return m_server.username(); }
    QByteArray password() const override { return m_server.password(); }
    QString tokenEndpoint() const override { return m_server.tokenEndpoint(); }
    QString clientId() const override { return m_server.clientId(); }
    QByteArray clientSecret() const override { return m_server.clientSecret(); }
    QString seededGroupId() const override { return m_server.seededGroupId(); }

    void setRequestObserver(std::function<void(const ReceivedRequest &)> observer) override
    {
        QObject::disconnect(m_observer);
        if (!observer)
            return;
        m_observer = QObject::connect(
            &m_server, &SandboxServer::requestHandled, &m_server,
            [this, observer = std::move(observer)](int index) { observer(m_server.received().at(index)); });
    }

private:
    SandboxServer m_server;
    QMetaObject::Connection m_observer;
};

} // namespace

std::unique_ptr<Tenant> SandboxPlugin::start(const TenantSetup &setup)
{
    auto tenant = std::make_unique<ServedTenant>(setup);
    if (!tenant->start(setup.port))
        return nullptr;
    return tenant;
}

} // namespace sandbox
