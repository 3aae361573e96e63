#include "sandboxserver.h"

#include "discovery.h"
#include "filterexpression.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace sandbox {

namespace {

constexpr auto BasePath = "/scim/v2";
constexpr auto TokenPath = "/oauth/token";

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

const char LoginPage[] = "<!DOCTYPE html><html><head><title>Sign in</title></head>"
                         "<body><form action=\"/login\" method=\"post\"><h1>Sign in to your account</h1>"
                         "<input name=\"username\"><input name=\"password\" type=\"password\">"
                         "<button>Sign in</button></form></body></html>";

QPair<QByteArray, QByteArray> header(const char *name, const QByteArray &value)
{
    return {QByteArray(name), value};
}

} // namespace

SandboxServer::SandboxServer(const Config &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(config.strict)
    , m_auth({config.auth, config.token, config.oauthLifetimeSeconds, config.jwtAccessTokens})
    , m_groupName(config.groupName)
{
    m_store.attributeFilter() = AttributeFilter(config.dropAttributes, config.rejectAttributes);
    m_clock.start();
}

void SandboxServer::useTls(const QSslCertificate &certificate, const QSslKey &key, const TlsOffer &offer)
{
    // What sslSetup(certificate, key) builds, plus the offer.
    QSslConfiguration configuration;
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    if (offer.maxVersion == TlsOffer::Version::Tls12)
        configuration.setProtocol(QSsl::TlsV1_2);
    else if (offer.minVersion == TlsOffer::Version::Tls13)
        configuration.setProtocol(QSsl::TlsV1_3);
    else
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
    QList<QSslCipher> ciphers;
    for (const QString &name : offer.ciphers) {
        const QSslCipher cipher(name);
        if (!cipher.isNull())
            ciphers.append(cipher);
    }
    if (!ciphers.isEmpty())
        configuration.setCiphers(ciphers);
    sslSetup(configuration);
    m_tls = true;
}

bool SandboxServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        return false;
    // Seeded now that meta.location can name the port.
    m_store.setLocationBase(endpoint());
    const QJsonObject group {{QStringLiteral("schemas"), QJsonArray {CoreGroupUrn}},
                             {QStringLiteral("displayName"), m_groupName}};
    m_groupId = m_store.create(ResourceKind::Group, group).value(QLatin1String("id")).toString();
    return true;
}

QString SandboxServer::origin() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port);
}

QString SandboxServer::endpoint() const
{
    return origin() + QLatin1String(BasePath);
}

QString SandboxServer::tokenEndpoint() const
{
    return origin() + QLatin1String(TokenPath);
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, scimError(404, {}, QCoreApplication::translate("sandbox", "Nothing here.")), -1);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray method = methodName(request.method());
    const QString fullPath = request.url().path(QUrl::FullyEncoded);
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toLatin1();

    ReceivedRequest received;
    received.method = method;
    received.target
        = request.url().path(QUrl::FullyEncoded).toLatin1() + (query.isEmpty() ? QByteArray() : "?" + query);
    for (const auto &[name, value] : request.headers()) {
        const bool secret = name.compare("authorization", Qt::CaseInsensitive) == 0;
        received.headers.append({name, secret ? value.left(value.indexOf(' ') + 1) + "****" : value});
    }
    const bool tokenRequest = fullPath == QLatin1String(TokenPath);
    received.body = tokenRequest ? SandboxAuth::maskFormSecrets(request.body()) : request.body();
    m_received.append(received);
    const int index = int(m_received.size() - 1);
    if (tokenRequest) {
        if (m_faults.hangAll)
            Q_EMIT requestHandled(index);
        else
            send(request, socket, tokenAnswer(request), index, m_faults.oauthLatencyMs);
        return true;
    }

    if (overRateLimit()) {
        send(request, socket,
             //: %n is the sandbox's rate limit in requests per second
             tooManyRequests(QCoreApplication::translate("sandbox",
                                                         "More than %n request(s) per second: slow down.",
                                                         nullptr, m_faults.rateLimitPerSecond),
                             m_faults.rateLimitRetryAfterSeconds),
             index);
        return true;
    }

    const QString path
        = fullPath.startsWith(QLatin1String(BasePath)) ? fullPath.mid(int(qstrlen(BasePath))) : QString();

    const QString pathAndQuery
        = query.isEmpty() ? path : path + QLatin1Char('?') + QString::fromLatin1(query);
    for (FaultRule &rule : m_faults.rules) {
        const QString &subject = rule.pathPrefix.contains(QLatin1Char('?')) ? pathAndQuery : path;
        if ((rule.method != "*" && rule.method != method)
            || !subject.startsWith(rule.pathPrefix, Qt::CaseInsensitive))
            continue;
        ++rule.seen;
        if (rule.nth != 0 && rule.seen != rule.nth)
            continue;
        ++rule.fired;
        switch (rule.action) {
        case FaultRule::Action::Hang:
            Q_EMIT requestHandled(index);
            return true;
        case FaultRule::Action::Drop: {
            // After this handler returns: the server still uses the socket until then.
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(0, this, [guard] {
                if (guard)
                    guard->abort();
            });
            Q_EMIT requestHandled(index);
            return true;
        }
        case FaultRule::Action::Throttle:
            send(request, socket,
                 tooManyRequests(QCoreApplication::translate("sandbox", "Too many requests."),
                                 rule.retryAfterSeconds),
                 index);
            return true;
        case FaultRule::Action::Status:
            send(request, socket,
                 scimError(rule.status, {}, QCoreApplication::translate("sandbox", "Injected fault.")),
                 index);
            return true;
        }
    }
    if (m_faults.hangAll) {
        Q_EMIT requestHandled(index);
        return true;
    }
    if (m_faults.redirectTo.isValid()) {
        Answer answer {307, {}, "text/plain", {}};
        answer.headers.append(header("Location", m_faults.redirectTo.resolved(QUrl(fullPath)).toEncoded()));
        send(request, socket, answer, index);
        return true;
    }
    if (m_faults.htmlPages) {
        send(request, socket, Answer {200, LoginPage, "text/html; charset=utf-8", {}}, index);
        return true;
    }
    const SandboxAuth::Verdict verdict = m_auth.checkScimRequest(request.value("Authorization"), m_faults);
    if (!verdict.accepted) {
        Answer answer = scimError(401, {}, verdict.detail);
        answer.headers.append(header("WWW-Authenticate", verdict.challenge));
        send(request, socket, answer, index);
        return true;
    }
    if (path.isNull()) {
        send(request, socket,
             scimError(404, {},
                       //: %1 is the SCIM base path, e.g. /scim/v2
                       QCoreApplication::translate("sandbox", "The SCIM service is under %1.")
                           .arg(QLatin1String(BasePath))),
             index);
        return true;
    }
    Answer answer;
    try {
        answer = dispatch(method, path, request);
    } catch (const ScimFault &fault) {
        answer = scimError(fault.status, fault.scimType, fault.detail);
    }
    send(request, socket, answer, index);
    return true;
}

SandboxServer::Answer SandboxServer::dispatch(const QByteArray &method, const QString &path,
                                              const QHttpServerRequest &request)
{
    // Split where the client put slashes, then decode: an id may hold an encoded "/" or "?".
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &segment : segments)
        segment = QString::fromUtf8(QByteArray::fromPercentEncoding(segment.toUtf8()));
    const QString collection = segments.value(0);
    const QString base = endpoint();
    const auto notAllowed = [this] {
        return scimError(405, {}, QCoreApplication::translate("sandbox", "That method is not allowed here."));
    };

    if (collection == QLatin1String("ServiceProviderConfig") && segments.size() == 1) {
        QJsonObject config = serviceProviderConfig(base);
        config.insert(QStringLiteral("authenticationSchemes"), QJsonArray {m_auth.authenticationScheme()});
        return method == "GET" ? scimJson(200, config) : notAllowed();
    }
    if (collection == QLatin1String("Schemas") || collection == QLatin1String("ResourceTypes")) {
        if (method != "GET")
            return notAllowed();
        const bool isSchemas = collection == QLatin1String("Schemas");
        if (segments.size() == 1)
            return scimJson(200, isSchemas ? schemas(base) : resourceTypes(base));
        const QJsonObject one
            = isSchemas ? schemaById(base, segments.value(1)) : resourceTypeById(base, segments.value(1));
        return one.isEmpty()
            //: %1 is the collection asked for, Schemas or ResourceTypes
            ? scimError(404, {}, QCoreApplication::translate("sandbox", "No such %1.").arg(collection))
            : scimJson(200, one);
    }
    if ((collection != QLatin1String("Users") && collection != QLatin1String("Groups"))
        || segments.size() > 2)
        return scimError(404, {},
                         //: %1 is the URL path requested
                         QCoreApplication::translate("sandbox", "There is no %1 endpoint.").arg(path));

    const ResourceKind kind = collection == QLatin1String("Users") ? ResourceKind::User : ResourceKind::Group;
    const QList<QPair<QString, QString>> query
        = decodeQuery(request.url().query(QUrl::FullyEncoded).toLatin1());
    const auto parameter = [&query](const char *name) {
        for (const auto &[key, value] : query) {
            if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return value;
        }
        return QString();
    };
    const QStringList attributes = parameter("attributes").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList excluded = parameter("excludedAttributes").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto body = [&request]() {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            throw ScimFault {400, QStringLiteral("invalidSyntax"),
                             //: %1 is the JSON parser's error message
                             QCoreApplication::translate("sandbox", "The body is not a JSON object: %1.")
                                 .arg(error.error == QJsonParseError::NoError
                                          ? QStringLiteral("not an object")
                                          : error.errorString())};
        return document.object();
    };

    if (segments.size() == 1) {
        if (method == "GET")
            return listResources(kind, request);
        if (method != "POST")
            return notAllowed();
        const QJsonObject created = m_store.create(kind, body());
        Answer answer = scimJson(201, ResourceStore::present(created));
        const QJsonObject meta = created.value(QLatin1String("meta")).toObject();
        answer.headers.append(header("Location", meta.value(QLatin1String("location")).toString().toUtf8()));
        answer.headers.append(header("ETag", meta.value(QLatin1String("version")).toString().toUtf8()));
        return answer;
    }
    const QString id = segments.value(1);
    if (method == "GET")
        return scimJson(200, ResourceStore::present(m_store.get(kind, id), attributes, excluded));
    if (method == "PUT")
        return scimJson(200, ResourceStore::present(m_store.replace(kind, id, body())));
    if (method == "PATCH")
        return scimJson(200, ResourceStore::present(m_store.patch(kind, id, body()), attributes, excluded));
    if (method == "DELETE") {
        m_store.remove(kind, id);
        return Answer {204, {}, {}, {}};
    }
    return notAllowed();
}

SandboxServer::Answer SandboxServer::listResources(ResourceKind kind, const QHttpServerRequest &request)
{
    const QList<QPair<QString, QString>> query
        = decodeQuery(request.url().query(QUrl::FullyEncoded).toLatin1());
    QString filterText;
    bool hasFilter = false;
    int startIndex = 1;
    int count = -1;
    QStringList attributes;
    QStringList excluded;
    for (const auto &[key, value] : query) {
        bool ok = true;
        if (key.compare(QLatin1String("filter"), Qt::CaseInsensitive) == 0) {
            filterText = value;
            hasFilter = true;
        } else if (key.compare(QLatin1String("startIndex"), Qt::CaseInsensitive) == 0) {
            startIndex = value.toInt(&ok);
        } else if (key.compare(QLatin1String("count"), Qt::CaseInsensitive) == 0) {
            count = value.toInt(&ok);
        } else if (key.compare(QLatin1String("attributes"), Qt::CaseInsensitive) == 0) {
            attributes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key.compare(QLatin1String("excludedAttributes"), Qt::CaseInsensitive) == 0) {
            excluded = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        if (!ok)
            throw ScimFault {400, QStringLiteral("invalidValue"),
                             //: %1 is the query parameter, e.g. startIndex or count
                             QCoreApplication::translate("sandbox", "“%1” must be an integer.").arg(key)};
    }
    std::optional<FilterExpression> filter;
    if (hasFilter) {
        filter = FilterExpression::parse(filterText);
        filter->setCaseExactUserName(m_faults.caseExactUserNames);
    }
    const QList<QJsonObject> matches = m_store.list(kind, filter ? &*filter : nullptr);
    if (hasFilter && matches.isEmpty() && m_faults.notFoundOnEmptyFilter)
        return scimError(404, {}, QCoreApplication::translate("sandbox", "No resource matches the filter."));

    // RFC 7644 §3.4.2.4: startIndex below 1 means 1; a negative count means 0.
    startIndex = std::max(startIndex, 1);
    const qsizetype available = std::max<qsizetype>(0, matches.size() - (startIndex - 1));
    const qsizetype pageSize = count < 0 ? available : std::min<qsizetype>(std::min(count, 1000), available);
    QJsonArray resources;
    for (qsizetype i = 0; i < pageSize; ++i)
        resources.append(ResourceStore::present(matches.at(startIndex - 1 + i), attributes, excluded));
    return scimJson(200,
                    QJsonObject {{QStringLiteral("schemas"), QJsonArray {ListUrn}},
                                 {QStringLiteral("totalResults"), matches.size()},
                                 {QStringLiteral("startIndex"), startIndex},
                                 {QStringLiteral("itemsPerPage"), resources.size()},
                                 {QStringLiteral("Resources"), resources}});
}

SandboxServer::Answer SandboxServer::tokenAnswer(const QHttpServerRequest &request)
{
    if (m_auth.mode() != AuthMode::OAuthClientCredentials)
        return scimError(404, {},
                         //: %1 is the authentication mode, e.g. bearer; "token endpoint": the OAuth token URL
                         QCoreApplication::translate("sandbox", "There is no token endpoint in %1 mode.")
                             .arg(authModeName(m_auth.mode())));
    const SandboxAuth::TokenAnswer answer
        = m_auth.answerTokenRequest({methodName(request.method()), request.value("Content-Type"),
                                     request.value("Authorization"), request.body()},
                                    m_faults, origin(), endpoint());
    return Answer {answer.status, answer.body, {}, answer.headers};
}

SandboxServer::Answer SandboxServer::tooManyRequests(const QString &detail,
                                                     std::optional<int> retryAfterSeconds) const
{
    Answer answer = scimError(429, {}, detail);
    if (retryAfterSeconds)
        answer.headers.append(header("Retry-After", QByteArray::number(*retryAfterSeconds)));
    return answer;
}

bool SandboxServer::overRateLimit()
{
    if (m_faults.rateLimitPerSecond <= 0)
        return false;
    const qint64 now = m_clock.elapsed();
    while (!m_admittedAt.isEmpty() && now - m_admittedAt.constFirst() >= 1000)
        m_admittedAt.removeFirst();
    if (m_admittedAt.size() >= m_faults.rateLimitPerSecond)
        return true;
    m_admittedAt.append(now);
    return false;
}

SandboxServer::Answer SandboxServer::scimJson(int status, const QJsonObject &body) const
{
    return Answer {status,
                   QJsonDocument(body).toJson(QJsonDocument::Compact),
                   m_faults.plainJsonContentType ? "application/json"
                                                 : "application/scim+json; charset=utf-8",
                   {}};
}

SandboxServer::Answer SandboxServer::scimError(int status, const QString &scimType,
                                               const QString &detail) const
{
    const QString echoed = m_faults.echoToken
        ? QStringLiteral(" (token “%1”; see https://sandbox.invalid/help?token=%2)")
              .arg(QString::fromUtf8(m_auth.token()),
                   QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(m_auth.token()))))
        : QString();
    QJsonObject error {{QStringLiteral("schemas"), QJsonArray {ErrorUrn}},
                       {QStringLiteral("status"), QString::number(status)},
                       {QStringLiteral("detail"), QString(detail + echoed)}};
    if (!scimType.isEmpty())
        error.insert(QStringLiteral("scimType"), scimType);
    return scimJson(status, error);
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer,
                         int index, std::optional<int> delayMs)
{
    if (index >= 0)
        m_received[index].status = answer.status;
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guard(socket);
    const int skew = m_faults.dateSkewSeconds;
    const bool echo = m_faults.echoToken;
    const QByteArray token = m_auth.token();
    auto write = [this, responder, guard, answer, index, skew, echo, token] {
        // Writing to a socket that is gone crashes: drop the responder unwritten instead.
        if (guard && guard->state() == QAbstractSocket::ConnectedState) {
            responder->writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
            responder->writeHeader("Date", httpDate(QDateTime::currentDateTimeUtc().addSecs(skew)));
            if (!answer.contentType.isEmpty())
                responder->writeHeader("Content-Type", answer.contentType);
            for (const auto &[name, value] : answer.headers)
                responder->writeHeader(name, value);
            if (echo)
                responder->writeHeader("X-Debug-Authorization",
                                       "Basic " + QByteArray("sandbox:" + token).toBase64());
            responder->writeHeader("Content-Length", QByteArray::number(answer.body.size()));
            responder->writeBody(answer.body);
        }
        if (index >= 0)
            Q_EMIT requestHandled(index);
    };
    const int delay = delayMs.value_or(m_faults.latencyMs);
    if (delay > 0)
        QTimer::singleShot(delay, this, write);
    else
        write();
}

} // namespace sandbox
