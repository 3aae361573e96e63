// The pilot group's CSV reader: any bytes give members or problems, never a crash; every
// accepted value is free of control characters and every problem names where it is.
#include "engine/group/groupcsv.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const engine::GroupCsv csv
        = engine::GroupCsv::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (csv.isValid() && csv.members.isEmpty())
        std::abort(); // valid means at least one person
    for (const engine::GroupMember &member : csv.members) {
        for (const QString &value : member.attributes) {
            for (const QChar c : value) {
                if (csv.isValid() && c.category() == QChar::Other_Control)
                    std::abort();
            }
        }
    }
    for (const engine::CsvProblem &problem : csv.problems) {
        if (problem.toString().isEmpty())
            std::abort();
    }
    return 0;
}
