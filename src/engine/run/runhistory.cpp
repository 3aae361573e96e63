#include "engine/run/runhistory.h"

#include "credentials/profile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace engine {

namespace {

const QString TimeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz");

/// Only letters, digits, `-` and `_` reach a file name.
QString safeName(const QString &text)
{
    QString safe = text;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    safe.replace(unsafe, QStringLiteral("_"));
    return safe.isEmpty() ? QStringLiteral("_") : safe;
}

} // namespace

RunHistory::RunHistory(const QString &profileId, const QString &root)
{
    m_folder = root.isEmpty()
        ? QString(credentials::ProfileStore::dataFolder(profileId) + QStringLiteral("/history"))
        : QString(root + QLatin1Char('/') + safeName(profileId));
}

QString RunHistory::record(const RunResult &result) const
{
    if (!QDir().mkpath(m_folder))
        //: %1 is the folder's path
        return tr("Could not create the history folder %1.").arg(m_folder);
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString name = QStringLiteral("%1_%2_%3_%4.json")
                             .arg(result.startedAt.toUTC().toString(TimeFormat), safeName(result.kind),
                                  safeName(RunResult::outcomeName(result.outcome)), safeName(result.runId));
    QSaveFile file(m_folder + QLatin1Char('/') + name);
    const QByteArray data = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(data) != data.size() || !file.commit())
        //: %1 is the system's error message; "run" is a verify/pilot run's result
        return tr("Could not keep the run in the history: %1").arg(file.errorString());
    const QList<Entry> entries = list();
    for (qsizetype i = Limit; i < entries.size(); ++i)
        QFile::remove(entries.at(i).path);
    return {};
}

QList<RunHistory::Entry> RunHistory::list() const
{
    QList<Entry> entries;
    const QStringList names
        = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const QStringList parts = name.chopped(5).split(QLatin1Char('_'));
        if (parts.size() < 4)
            continue;
        QDateTime startedAt = QDateTime::fromString(parts.at(0), TimeFormat);
        startedAt.setTimeSpec(Qt::UTC);
        if (!startedAt.isValid())
            continue;
        entries.append({m_folder + QLatin1Char('/') + name, startedAt, parts.at(1), parts.at(2),
                        parts.mid(3).join(QLatin1Char('_'))});
    }
    return entries;
}

std::optional<RunResult> RunHistory::load(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            //: %1 is the file path, %2 the system's error message
            *error = tr("Could not open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    std::optional<RunResult> result = parseError.error == QJsonParseError::NoError
        ? RunResult::fromJson(document.object())
        : std::nullopt;
    if (!result && error)
        //: %1 is the file path; "run result" is a saved verify/pilot result
        *error = tr("%1 is not a run result of this tool.").arg(path);
    return result;
}

bool RunHistory::remove(const QString &path) const
{
    // Only files inside this profile's folder.
    if (QFileInfo(path).absolutePath() != QFileInfo(m_folder).absoluteFilePath())
        return false;
    return QFile::remove(path);
}

QString rememberRun(credentials::ProfileStore &store, const QString &profileId, const RunResult &result)
{
    auto profile = store.findById(profileId);
    if (!profile)
        return {};
    const credentials::LastRun run {QDateTime::currentDateTimeUtc(), RunResult::outcomeName(result.outcome)};
    if (result.kind == QLatin1String("pilot"))
        profile->lastPilot = run;
    else if (result.kind == QLatin1String("verify"))
        profile->lastVerify = run;
    store.save(*profile);
    return RunHistory(profile->id).record(result);
}

} // namespace engine
