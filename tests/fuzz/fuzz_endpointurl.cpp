// The endpoint URL and the id-as-one-segment rule: any pasted URL parses or names its problem;
// for a valid endpoint, any id the checks accept addresses exactly that one user, never another
// resource, and a query secret is never kept.
#include "scim/endpointurl.h"
#include "scim/resourcepath.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\n');
    const QString url = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));
    const QString id = split < 0 ? QStringLiteral("x") : QString::fromUtf8(bytes.mid(split + 1));

    const scim::EndpointUrl endpoint = scim::EndpointUrl::parse(url);
    if (endpoint.isValid() != endpoint.message().isEmpty())
        std::abort();
    if (endpoint.problem() == scim::EndpointUrl::Problem::SecretInQuery && !endpoint.toString().isEmpty())
        std::abort();
    const scim::EndpointUrl base = endpoint.isValid()
        ? endpoint
        : scim::EndpointUrl::parse(QStringLiteral("https://h.example.com/scim/v2?aadOptscim062020"));
    const QString path = scim::userPath(id);
    const bool exact = scim::addressesExactly(base.resolve(path), base.url(), path);
    if (scim::checkId(id) == scim::IdProblem::None && !exact)
        std::abort(); // an accepted id must stay one segment under …/Users
    const QString raw = QStringLiteral("Users/") + id; // what the console once did
    if (scim::checkId(id) == scim::IdProblem::DotSegment
        && scim::addressesExactly(base.resolve(raw), base.url(), raw))
        std::abort(); // "." and ".." would leave the user: the check must see it
    return 0;
}
