#include "sandboxcommand.h"

#include "arguments.h"
#include "common/signalwatcher.h"
#include "exitcode.h"
#include "output.h"
#include "sandbox/attributefilter.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <qcoro/qcorosignal.h>

namespace cli {

QString SandboxCommand::summary() const
{
    return tr("run the embedded SCIM sandbox tenant on loopback");
}

QCoro::Task<int> SandboxCommand::run(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs an in-memory SCIM 2.0 service provider on 127.0.0.1 until "
                                        "interrupted. Prints one JSON line with the endpoint and token, then "
                                        "one line per request."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on; 0 picks a free one."),
                                  tr("N"), QStringLiteral("0"));
    const QCommandLineOption group(QStringLiteral("group"), tr("Name of the seeded group."), tr("NAME"),
                                   QStringLiteral("SCIM Pilot"));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("Reject what RFC 7643/7644 reject."));
    const QCommandLineOption tls(QStringLiteral("tls"), tr("Serve https with --cert and --key."));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("PEM certificate for --tls."), tr("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), tr("PEM private key for --tls."), tr("FILE"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), tr("Delay every answer."), tr("MS"));
    const QCommandLineOption hang(QStringLiteral("hang"), tr("Never answer any request."));
    const QCommandLineOption fail(QStringLiteral("fail"),
                                  tr("Fault for the Nth matching request (repeatable): METHOD:PATH:N:ACTION, "
                                     "ACTION a status, drop, hang, or 429=SECONDS."),
                                  tr("RULE"));
    const QCommandLineOption anyToken(QStringLiteral("accept-any-token"),
                                      tr("Accept any token, or none: an endpoint open to anyone."));
    const QCommandLineOption html(QStringLiteral("html"),
                                  tr("Answer every request with an HTML login page."));
    const QCommandLineOption plainJson(QStringLiteral("json-content-type"),
                                       tr("Answer application/json instead of application/scim+json."));
    const QCommandLineOption skew(QStringLiteral("date-skew"), tr("Shift the Date header by SECONDS."),
                                  tr("SECONDS"));
    const QCommandLineOption redirect(QStringLiteral("redirect"), tr("Answer every request with 307 to URL."),
                                      tr("URL"));
    const QCommandLineOption notFound(QStringLiteral("not-found-on-empty-filter"),
                                      tr("Answer 404 when a filter matches nothing."));
    const QCommandLineOption echoToken(
        QStringLiteral("echo-token"),
        tr("Echo the token back in every error detail and in a response header, as careless services do; "
           "the console masks it wherever it shows an answer."));
    const QCommandLineOption caseExact(
        QStringLiteral("case-exact-usernames"),
        tr("Compare userName case-sensitively in filters, as some services do."));
    const QCommandLineOption dropAttribute(
        QStringLiteral("drop-attribute"),
        tr("Accept but never store this User attribute (repeatable): a SCIM path such as title, "
           "name.formatted, addresses.locality, addresses[type eq \"work\"].locality or "
           "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department."),
        tr("PATH"));
    const QCommandLineOption rejectAttribute(
        QStringLiteral("reject-attribute"),
        tr("Refuse with 400 invalidValue a User write that would store this attribute (repeatable); PATH as "
           "for --drop-attribute."),
        tr("PATH"));
    parser.addOptions({help, port, group, strict, tls, cert, key, latency, hang, fail, anyToken, html,
                       plainJson, skew, redirect, notFound, echoToken, caseExact});
    const QCommandLineOption rejectQuietly(
        QStringLiteral("reject-quietly"),
        tr("Leave the attribute's name out of a --reject-attribute refusal, as some services do."));
    parser.addOptions({dropAttribute, rejectAttribute, rejectQuietly});
    if (const auto stop = parseArguments(parser, name(), arguments, help, output))
        co_return *stop;
    const auto integer = [&](const QCommandLineOption &option, int minimum, int maximum, int &out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        out = parser.value(option).toInt(&ok);
        if (ok && out >= minimum && out <= maximum)
            return true;
        output.err(tr("--%1 must be a whole number from %2 to %3, not “%4”.\n")
                       .arg(option.names().constFirst())
                       .arg(minimum)
                       .arg(maximum)
                       .arg(parser.value(option)));
        return false;
    };

    const auto attributePaths = [&](const QCommandLineOption &option, QStringList &out) {
        out = parser.values(option);
        for (const QString &path : std::as_const(out)) {
            if (sandbox::AttributeFilter::isValidPath(path))
                continue;
            output.err(
                tr("--%1 needs a SCIM attribute path such as title, name.formatted or "
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department, not “%2”.\n")
                    .arg(option.names().constFirst(), path));
            return false;
        }
        return true;
    };

    sandbox::SandboxServer::Config config;
    config.strict = parser.isSet(strict);
    config.groupName = parser.value(group);
    if (!attributePaths(dropAttribute, config.dropAttributes)
        || !attributePaths(rejectAttribute, config.rejectAttributes))
        co_return Usage;
    int portNumber = 0;
    sandbox::Faults faults;
    if (!integer(port, 0, 65535, portNumber) || !integer(latency, 0, 600000, faults.latencyMs)
        || !integer(skew, -31536000, 31536000, faults.dateSkewSeconds))
        co_return Usage;
    faults.hangAll = parser.isSet(hang);
    faults.acceptAnyToken = parser.isSet(anyToken);
    faults.acceptNoToken = parser.isSet(anyToken);
    faults.htmlPages = parser.isSet(html);
    faults.plainJsonContentType = parser.isSet(plainJson);
    faults.notFoundOnEmptyFilter = parser.isSet(notFound);
    faults.echoToken = parser.isSet(echoToken);
    faults.caseExactUserNames = parser.isSet(caseExact);
    if (parser.isSet(redirect)) {
        faults.redirectTo = QUrl(parser.value(redirect), QUrl::StrictMode);
        if (!faults.redirectTo.isValid() || faults.redirectTo.host().isEmpty()) {
            output.err(tr("--redirect needs an absolute URL, not “%1”.\n").arg(parser.value(redirect)));
            co_return Usage;
        }
    }
    const QStringList rules = parser.values(fail);
    for (const QString &spec : rules) {
        QString error;
        const auto rule = sandbox::FaultRule::parse(spec, &error);
        if (!rule) {
            output.err(error + QLatin1Char('\n'));
            co_return Usage;
        }
        faults.rules.append(*rule);
    }

    sandbox::SandboxServer server(config);
    server.faults() = faults;
    server.setRejectionsNameNoAttribute(parser.isSet(rejectQuietly));
    if (parser.isSet(tls)) {
        if (!parser.isSet(cert) || !parser.isSet(key)) {
            output.err(tr("--tls needs --cert FILE and --key FILE (PEM).\n"));
            co_return Usage;
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(parser.value(cert));
        QFile keyFile(parser.value(key));
        QSslKey privateKey;
        if (keyFile.open(QIODevice::ReadOnly)) {
            const QByteArray pem = keyFile.readAll();
            privateKey = QSslKey(pem, QSsl::Rsa);
            if (privateKey.isNull())
                privateKey = QSslKey(pem, QSsl::Ec);
        }
        if (certificates.isEmpty() || privateKey.isNull()) {
            output.err(certificates.isEmpty()
                           ? tr("No PEM certificate in %1.\n").arg(parser.value(cert))
                           : tr("No PEM private key (RSA or EC) in %1.\n").arg(parser.value(key)));
            co_return Usage;
        }
        server.useTls(certificates.constFirst(), privateKey);
    }
    if (!server.start(quint16(portNumber))) {
        output.err(tr("Could not listen on 127.0.0.1:%1.\n").arg(portNumber));
        co_return Environment;
    }

    const QJsonObject started {{QStringLiteral("endpoint"), server.endpoint()},
                               {QStringLiteral("token"), QString::fromLatin1(server.token())}};
    output.out(QString::fromUtf8(QJsonDocument(started).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    QObject::connect(
        &server, &sandbox::SandboxServer::requestHandled, &server, [&server, &output](int index) {
            const sandbox::ReceivedRequest &request = server.received().at(index);
            output.out(QStringLiteral("%1 %2 %3\n")
                           .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.target))
                           .arg(request.status == 0 ? QStringLiteral("-") : QString::number(request.status)));
        });

    common::SignalWatcher signals;
    co_await qCoro(&signals, &common::SignalWatcher::interrupted);
    co_return Passed;
}

} // namespace cli
