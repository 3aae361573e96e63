#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace engine {

/// How long Microsoft Entra ID's initial provisioning cycle will take, after Microsoft's own
/// guidance [WHEN: learn.microsoft.com/en-us/entra/identity/app-provisioning/
/// application-provisioning-when-will-provisioning-finish-specific-user]: 0.01 to 0.08 minutes per
/// assigned user, group and membership ("sync assigned"), and later cycles about every 40 minutes.
///
/// Which bound an endpoint is near, from its measured median answer time: Entra sends about two
/// requests per object (the matching lookup, then the create or update), so the endpoint's own share
/// of an object is about 2 × latency. Within 0.6 s (the low bound, 0.01 min) the endpoint is not
/// what slows the cycle down: near the low end. At 4.8 s (the high bound, 0.08 min) or more it
/// alone takes the high bound's time: near the high end (or beyond). In between: between.
/// Okta publishes no such guidance; nothing here applies to it.
struct FirstSyncEstimate
{
    Q_DECLARE_TR_FUNCTIONS(engine::FirstSyncEstimate)

public:
    enum class Near { Unknown, Low, Between, High };

    static constexpr double LowMinutesPerObject = 0.01;
    static constexpr double HighMinutesPerObject = 0.08;
    static constexpr double RequestsPerObject = 2;
    static constexpr int LaterCycleMinutes = 40;

    int users = 0;
    int groups = 0;
    int memberships = 0;
    qint64 objects = 0; ///< users + groups + memberships
    double lowMinutes = 0;
    double highMinutes = 0;
    std::optional<double> latencyMs; ///< the endpoint's median answer time; none: not measured
    Near near = Near::Unknown; ///< Unknown exactly when latencyMs is not known

    /// "low", "between", "high"; empty for Unknown.
    static QString nearName(Near near);
    static Near nearFromName(const QString &name);

    /// JSON `firstSyncMinutes`: low, high, near and latencyMs (absent when not measured), users,
    /// groups, memberships.
    QJsonValue toJson() const;
    /// Reads back what toJson() wrote; std::nullopt when @p json is not an object with low and high.
    static std::optional<FirstSyncEstimate> fromJson(const QJsonValue &json);

    /// "about 24–192 minutes" in the user's locale (hours or days when the low bound is long).
    QString rangeText() const;
    /// "this endpoint's answers (median 40 ms) put it near the low end"; empty when not measured.
    QString nearText() const;
    /// The range for the first cycle, the guidance it comes from, the endpoint's bound and the later
    /// cycles, in two sentences.
    QString summary() const;
    /// What to say instead for Okta, which publishes no such guidance.
    static QString oktaText();
};

/// The estimate for @p users, @p groups and @p memberships (negative counts count as none) and the
/// endpoint's measured median answer time @p latencyMs (not finite or negative: not measured).
FirstSyncEstimate estimateFirstSync(int users, int groups, int memberships, std::optional<double> latencyMs);

/// The median of @p durations; std::nullopt when there are none.
std::optional<double> medianMs(QList<qint64> durations);

} // namespace engine
