// A server's answer as the client reads it: any body, with any content type and status, is
// classified; a ListResponse and a SCIM Error are read with every number checked, no UB.
#include "scim/listresponse.h"
#include "scim/response.h"
#include "scim/scimerror.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    scim::Response response;
    response.status = 200 + (data[0] % 4) * 100 + data[1] % 30; // 200…529
    static const QByteArray types[] = {"application/scim+json", "text/html", "application/json", ""};
    response.headers = {{"Content-Type", types[data[1] % 4]}};
    response.body = bytes;
    scim::classifyBody(response);
    response.describeUnexpectedBody();
    response.describeError();
    const scim::ListResponse list = scim::ListResponse::fromJson(response.object());
    if (list.isValid() && list.resources.size() > list.totalResults)
        std::abort();
    scim::ScimError::fromJson(response.object());
    scim::Exchange exchange;
    exchange.responseBody = bytes;
    exchange.toJson();
    return 0;
}
