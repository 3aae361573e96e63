#pragma once

#include "engine/run/runresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace credentials {
class ProfileStore;
}

namespace engine {

/// The last runs of one profile, kept as JSON results (already redacted) in the application
/// data folder: one file per run, mode 0600 in a 0700 folder, the newest 50 kept. What the list
/// shows is in the file name, so listing reads no file.
class RunHistory
{
    Q_DECLARE_TR_FUNCTIONS(engine::RunHistory)

public:
    static constexpr int Limit = 50;

    struct Entry
    {
        QString path;
        QDateTime startedAt;
        QString kind;
        QString outcome;
        QString runId;
    };

    /// In the profile's data folder (`<AppData>/profiles/<id>/history`), or under @p root.
    explicit RunHistory(const QString &profileId, const QString &root = {});

    /// Keeps @p result and drops the oldest beyond Limit; an error sentence, empty on success.
    QString record(const RunResult &result) const;
    /// Newest first.
    QList<Entry> list() const;
    /// nullopt with @p error set when the file is missing or not a run result.
    std::optional<RunResult> load(const QString &path, QString *error = nullptr) const;
    bool remove(const QString &path) const;
    QString folder() const { return m_folder; }

private:
    QString m_folder;
};

/// After a run of a stored profile (wizard or command line): its outcome as the profile's last
/// verify or pilot, and the run in the profile's history. Returns an error sentence, or empty.
QString rememberRun(credentials::ProfileStore &store, const QString &profileId, const RunResult &result);

} // namespace engine
