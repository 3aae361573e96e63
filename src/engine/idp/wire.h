#pragma once

#include "scim/requestoptions.h"

#include <QString>

namespace engine {

/// How an identity provider's requests look on the wire: headers and query encoding. The pilot
/// dialects (entra, entra-rfc, okta, okta-aiw) build on these.
namespace wire {

/// Microsoft Entra ID: no JSON Accept header on reads, `+` for spaces in filters.
scim::RequestOptions entra();
/// Okta: its own User-Agent, `Accept: application/scim+json`, `%20` for spaces.
scim::RequestOptions okta();

} // namespace wire

} // namespace engine
