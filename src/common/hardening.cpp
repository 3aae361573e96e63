#include "hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace common {

bool hardenProcess()
{
    const rlimit noCore {0, 0};
    const bool coreOff = setrlimit(RLIMIT_CORE, &noCore) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return coreOff && undumpable;
}

bool isProcessDumpable()
{
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
}

} // namespace common
