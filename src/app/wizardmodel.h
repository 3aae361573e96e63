#pragma once

#include "request/setuprequest.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace engine {
struct RunResult;
}

namespace app {

/// The wizard's state, typed: which path, the request being prepared, where the admin stands with
/// the service provider, the demo tenant. Persisted (never a secret) so the admin can close the
/// console until the reply arrives.
class WizardModel : public QObject
{
    Q_OBJECT

public:
    enum class Path { None, PrepareRequest, ReceivedCredentials, StoredProfile };
    Q_ENUM(Path)

    /// The application's own settings file; tests pass a file of their own.
    explicit WizardModel(QObject *parent = nullptr);
    explicit WizardModel(const QString &settingsFile, QObject *parent = nullptr);
    ~WizardModel() override;

    Path path = Path::None;
    request::SetupRequest request;
    bool requestSent = false;
    int lastPageId = -1;

    /// The profile the run pages work with (chosen on the profiles page).
    QString selectedProfileId;

    // The demo: the embedded sandbox's endpoint and token, in memory only.
    bool demo = false;
    QString demoEndpoint;
    QByteArray demoToken;

    // What this session's runs measured, for the go-live page's first-sync estimate (in memory only).
    int pilotPeople = 0; ///< the people in the last group preview's file; 0: not known
    std::optional<double> latencyMs; ///< the endpoint's median answer time in the last run that had answers

    /// Takes in what @p result measured (the group preview's people, the median answer time) and
    /// says changed().
    void noteRun(const engine::RunResult &result);

    void load();
    /// Writes everything above except the demo (and so never a token).
    void save() const;
    /// Forgets the saved progress.
    void clear();

    /// The profile whose history a run goes to; empty in the demo (demo runs are not kept).
    QString historyProfileId() const { return demo ? QString() : selectedProfileId; }

    /// Where the admin stands in the vendor's four steps: 0 nothing sent yet, 1 sent (the
    /// provider is enabling SCIM), 2 credentials received.
    int stage() const;

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace app
