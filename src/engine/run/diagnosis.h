#pragma once

#include "scim/response.h"

#include <QCoreApplication>
#include <QString>

namespace engine {

/// Plain-language reading of an answer that is not what a SCIM client needs: a network error by
/// name, a redirect and where to, a proxy, an HTML page, a wrong path, a refused token, a server
/// error. Shared by every run so the same cause always gets the same advice.
struct Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(engine::Diagnosis)

public:
    QString detail;
    QString hint;

    bool isProblem() const { return !detail.isEmpty(); }

    /// A problem any SCIM request can meet (no answer, redirect, proxy, HTML, 401/403/404/5xx,
    /// unreadable body); empty when the answer is a 2xx JSON body.
    static Diagnosis of(const scim::Response &response);
    /// Just the no-answer part (network errors, redirect, proxy).
    static Diagnosis ofTransport(const scim::Response &response);
    /// "HTTP 200 in 12 ms" and the like.
    static QString summary(const scim::Response &response);
};

} // namespace engine
