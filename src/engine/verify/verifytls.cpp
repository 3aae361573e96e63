// VerifyRun's TLS steps: the endpoint's TLS as each identity provider sees it — the protocol
// versions and Entra ID's cipher suites it accepts (one handshake each, nothing sent over them),
// its key, its root and its expiry.
#include "engine/verify/verifyrun.h"
#include "scim/tlsprobe.h"

#include <QLocale>
#include <QSslKey>

#include <array>

namespace engine {

namespace {

using namespace std::chrono_literals;

/// Entra ID's published minimum suites, in its order (attribute-mappings.md §4 [TUT]).
struct Suite
{
    const char *openssl;
    const char *iana;
    bool gcm;
};
constexpr std::array<Suite, 8> EntraSuites {{
    {"ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", true},
    {"ECDHE-ECDSA-AES256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", true},
    {"ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", true},
    {"ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", true},
    {"ECDHE-ECDSA-AES128-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", false},
    {"ECDHE-ECDSA-AES256-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", false},
    {"ECDHE-RSA-AES128-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", false},
    {"ECDHE-RSA-AES256-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", false},
}};

/// The roots Microsoft lists for SCIM endpoints (§4 [TUT]), as they appear in certificate names.
constexpr std::array<const char *, 11> EntraRoots {"CNNIC",    "Comodo",     "CyberTrust",    "DigiCert",
                                                   "GeoTrust", "GlobalSign", "Go Daddy",      "GoDaddy",
                                                   "VeriSign", "WoSign",     "DST Root CA X3"};

struct Version
{
    QSsl::SslProtocol protocol;
    const char *name;
};

QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
// TLS 1.0 and 1.1 are deprecated in Qt; asking for them is the point here.
const std::array<Version, 4> Versions {{{QSsl::TlsV1_0, "TLS 1.0"},
                                        {QSsl::TlsV1_1, "TLS 1.1"},
                                        {QSsl::TlsV1_2, "TLS 1.2"},
                                        {QSsl::TlsV1_3, "TLS 1.3"}}};
QT_WARNING_POP

QString certificateName(const QSslCertificate &certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        return (issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field))
            .join(QLatin1String(", "));
    };
    const QString organization = info(QSslCertificate::Organization);
    const QString common = info(QSslCertificate::CommonName);
    if (organization.isEmpty() || common.contains(organization))
        return common.isEmpty() ? organization : common;
    return organization + QStringLiteral(" — ") + common;
}

} // namespace

QCoro::Task<QList<StepResult>> VerifyRun::tlsSteps(const scim::Response &root)
{
    const QStringList ids {QStringLiteral("tls-protocols"), QStringLiteral("tls-cipher-suites"),
                           QStringLiteral("tls-key"), QStringLiteral("tls-root"),
                           QStringLiteral("tls-expiry")};
    const QUrl url = client().endpoint().url();
    if (url.scheme() != QLatin1String("https"))
        co_return skipSteps(ids, {}, tr("Plain http on this computer: there is no TLS to check."));
    if (!root.tls.encrypted && root.error != scim::ErrorKind::Tls)
        co_return skipSteps(ids, {}, tr("No TLS session was established (see reachability)."));

    // Every handshake at once; each is closed as soon as it completes.
    const QString host = url.host();
    const auto port = static_cast<quint16>(url.port(443));
    const std::chrono::milliseconds timeout = std::min<std::chrono::milliseconds>(client().timeout(), 15s);
    QElapsedTimer clock;
    clock.start();
    std::vector<QCoro::Task<scim::TlsProbeResult>> versionProbes;
    for (const Version &version : Versions)
        versionProbes.push_back(scim::probeTls(host, port, version.protocol, {}, timeout));
    std::vector<QCoro::Task<scim::TlsProbeResult>> suiteProbes;
    for (const Suite &suite : EntraSuites)
        suiteProbes.push_back(
            scim::probeTls(host, port, QSsl::TlsV1_2, {QString::fromLatin1(suite.openssl)}, timeout));
    TlsProbes probes;
    for (auto &probe : versionProbes)
        probes.versions.append(co_await probe);
    for (auto &probe : suiteProbes)
        probes.suites.append(co_await probe);
    for (const scim::TlsProbeResult &probe : std::as_const(probes.versions)) {
        if (probe.negotiated && probes.chain.isEmpty())
            probes.chain = probe.chain;
    }
    const qint64 elapsed = clock.elapsed();

    QList<Step> steps {tlsProtocols(probes), tlsCipherSuites(probes), tlsKey(probes, root.tls),
                       tlsRoot(probes), tlsExpiry(probes, root.tls)};
    for (Step &step : steps) {
        step.durationMs = step.id == ids.constFirst() || step.id == ids.at(1) ? elapsed : 0;
        step = finishStep(step);
    }
    co_return steps;
}

StepResult VerifyRun::tlsProtocols(const TlsProbes &probes) const
{
    Step s = newStep("tls-protocols");
    QStringList accepted, refused, untried;
    for (qsizetype i = 0; i < probes.versions.size(); ++i) {
        const scim::TlsProbeResult &probe = probes.versions.at(i);
        const QString name = QString::fromLatin1(Versions.at(i).name);
        (probe.negotiated ? accepted : probe.refusedLocally ? untried : refused).append(name);
    }
    const bool tls12 = probes.versions.at(2).negotiated;
    const bool tls13 = probes.versions.at(3).negotiated;
    const bool old = probes.versions.at(0).negotiated || probes.versions.at(1).negotiated;
    const QString none = tr("none");
    //: %1 and %2 are lists of TLS versions, e.g. "TLS 1.2, TLS 1.3"
    QString detail = refused.isEmpty()
        ? tr("Accepts %1.").arg(accepted.join(QLatin1String(", ")))
        //: %1 and %2 are lists of TLS versions, e.g. "TLS 1.2, TLS 1.3"
        : tr("Accepts %1; refuses %2.")
              .arg(accepted.isEmpty() ? none : accepted.join(QLatin1String(", ")),
                   refused.join(QLatin1String(", ")));
    if (!untried.isEmpty())
        //: %1 is a list of TLS versions
        detail += QLatin1Char(' ')
            + tr("%1 could not be tried: this computer's TLS library no longer offers them.")
                  .arg(untried.join(QLatin1String(", ")));
    if (!tls12 && !tls13)
        return s.set(Outcome::Failed, detail + QLatin1Char(' ') + probes.versions.at(2).error,
                     tr("Neither TLS 1.2 nor TLS 1.3 works: no identity provider can connect. The service "
                        "provider must enable TLS 1.2."));
    if (!tls12)
        return forIdp(
            s.set(Outcome::Failed, detail,
                  tr("Entra ID connects with TLS 1.2 only: an endpoint that offers only TLS 1.3 "
                     "fails its Test Connection. The service provider must enable TLS 1.2 as well.")),
            common::Idp::Entra);
    if (old)
        return s.set(Outcome::Warning, detail,
                     tr("TLS 1.0 and 1.1 are deprecated (RFC 8996) and Entra ID never uses them; ask the "
                        "service provider to turn them off."));
    return s.set(Outcome::Passed, detail);
}

StepResult VerifyRun::tlsCipherSuites(const TlsProbes &probes) const
{
    Step s = newStep("tls-cipher-suites");
    if (!probes.versions.at(2).negotiated)
        return s.set(Outcome::Skipped, tr("Not judged: the server refuses TLS 1.2 (see tls-protocols)."));
    QStringList gcm, cbc, locally;
    for (qsizetype i = 0; i < probes.suites.size(); ++i) {
        const scim::TlsProbeResult &probe = probes.suites.at(i);
        const QString name = QString::fromLatin1(EntraSuites.at(i).iana);
        if (probe.refusedLocally)
            locally.append(name);
        else if (probe.negotiated)
            (EntraSuites.at(i).gcm ? gcm : cbc).append(name);
    }
    const QString list = QStringList(gcm + cbc).join(QLatin1String(", "));
    const QString untried = locally.isEmpty() ? QString()
                                              : QLatin1Char(' ')
            //: %1 is a list of cipher suite names
            + tr("Not tried, as this computer's TLS library does not offer them: %1.")
                  .arg(locally.join(QLatin1String(", ")));
    if (gcm.isEmpty() && cbc.isEmpty())
        return forIdp(s.set(Outcome::Failed,
                            tr("Negotiates none of the eight cipher suites Entra ID requires.") + untried,
                            //: %1 is the name of a cipher suite, e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
                            tr("Entra ID cannot connect to this endpoint. The service provider must enable "
                               "ECDHE suites with AES-GCM (for example %1) for TLS 1.2.")
                                .arg(QString::fromLatin1(EntraSuites.at(2).iana))),
                      common::Idp::Entra);
    if (gcm.isEmpty())
        //: %1 is a list of cipher suite names
        return forIdp(
            s.set(Outcome::Warning,
                  tr("Negotiates only CBC suites of Entra ID's list: %1.").arg(list) + untried,
                  tr("Entra ID lists the AES-GCM suites first; CBC suites are the weaker fallback "
                     "and many security baselines turn them off. Ask the service provider to enable "
                     "ECDHE with AES-GCM.")),
            common::Idp::Entra);
    //: %1 is a number of suites, %2 their names
    return s.set(Outcome::Passed,
                 tr("Negotiates %1 of Entra ID's suites: %2.").arg(gcm.size() + cbc.size()).arg(list)
                     + untried);
}

StepResult VerifyRun::tlsKey(const TlsProbes &probes, const scim::TlsInfo &tls) const
{
    Step s = newStep("tls-key");
    QString algorithm = tls.keyAlgorithm;
    int bits = tls.keyBits;
    if (!probes.chain.isEmpty()) {
        const QSslKey key = probes.chain.constFirst().publicKey();
        bits = key.length();
        switch (key.algorithm()) {
        case QSsl::Rsa:
            algorithm = QStringLiteral("RSA");
            break;
        case QSsl::Ec:
            algorithm = QStringLiteral("EC");
            break;
        case QSsl::Dsa:
            algorithm = QStringLiteral("DSA");
            break;
        case QSsl::Dh:
            algorithm = QStringLiteral("DH");
            break;
        case QSsl::Opaque:
            algorithm.clear();
            break;
        }
    }
    if (algorithm.isEmpty() || bits <= 0)
        return s.set(Outcome::Skipped, tr("No certificate was seen (see tls-protocols)."));
    //: %1 is a number of bits, %2 RSA, EC, DSA or DH
    const QString detail = tr("A %1-bit %2 key.").arg(bits).arg(algorithm);
    const bool rsa = algorithm == QLatin1String("RSA");
    const bool ec = algorithm == QLatin1String("EC");
    if ((rsa && bits >= 2048) || (ec && bits >= 256))
        return s.set(Outcome::Passed, detail);
    return forIdp(
        s.set(Outcome::Failed, detail,
              tr("Entra ID accepts only RSA keys of 2048 bits or more or EC keys of 256 bits or more, "
                 "and current TLS libraries refuse smaller ones. The service provider must replace "
                 "the certificate.")),
        common::Idp::Entra);
}

StepResult VerifyRun::tlsRoot(const TlsProbes &probes) const
{
    Step s = newStep("tls-root");
    if (probes.chain.isEmpty())
        return s.set(Outcome::Skipped, tr("No certificate was seen (see tls-protocols)."));
    // The server sends its chain without the root; the last certificate names it as its issuer.
    const QSslCertificate &last = probes.chain.constLast();
    const bool selfIssued = last.issuerDisplayName() == last.subjectDisplayName();
    const QString root = certificateName(last, true);
    const QString searched = root + QLatin1Char(' ') + certificateName(last, !selfIssued);
    const bool listed = std::any_of(EntraRoots.cbegin(), EntraRoots.cend(), [&](const char *name) {
        return searched.contains(QLatin1String(name), Qt::CaseInsensitive);
    });
    //: %1 is the name of a certificate authority
    const QString detail
        = tr("The chain ends at %1.").arg(root.isEmpty() ? tr("an unnamed authority") : root);
    if (listed)
        return s.set(Outcome::Passed, detail + QLatin1Char(' ') + tr("It is on Microsoft's list of roots."));
    if (m_options.idp == common::Idp::Okta)
        return s.set(Outcome::Passed, detail + QLatin1Char(' ') + tr("Okta publishes no list of roots."));
    return s.set(Outcome::Warning, detail + QLatin1Char(' ') + tr("It is not on Microsoft's list of roots."),
                 tr("Microsoft's SCIM guidance names CNNIC, Comodo, CyberTrust, DigiCert, GeoTrust, "
                    "GlobalSign, Go Daddy, VeriSign, WoSign and DST Root CA X3. If Entra ID's Test "
                    "Connection fails with a certificate error, ask the service provider for a "
                    "certificate from one of them."));
}

StepResult VerifyRun::tlsExpiry(const TlsProbes &probes, const scim::TlsInfo &tls) const
{
    Step s = newStep("tls-expiry");
    const QDateTime expiry = probes.chain.isEmpty() ? tls.expiry : probes.chain.constFirst().expiryDate();
    if (!expiry.isValid())
        return s.set(Outcome::Skipped, tr("No certificate was seen (see tls-protocols)."));
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(expiry);
    const QString date = QLocale().toString(expiry.date(), QLocale::ShortFormat);
    if (expiry < QDateTime::currentDateTimeUtc())
        //: %1 is a date
        return s.set(Outcome::Failed, tr("The certificate expired on %1.").arg(date),
                     tr("No identity provider connects to an expired certificate. The service provider must "
                        "renew it."));
    //: %1 is a date, %n the days until then
    const QString detail = tr("The certificate expires on %1, in %n day(s).", nullptr, int(days)).arg(date);
    if (days < 30)
        return s.set(
            Outcome::Warning, detail,
            tr("Under 30 days: when it expires, provisioning stops without warning. Remind the service "
               "provider to renew it."));
    return s.set(Outcome::Passed, detail);
}

} // namespace engine
