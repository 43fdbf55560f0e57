#pragma once

#include "sandbox/sandboxoptions.h"

#include <QStringList>

namespace pinstripe::sandbox {

/** The pinstripe-sandbox command line: server options, data size, auth, rate limits, faults. */
struct SandboxCommandLine
{
    enum class Action { Run, ExitOk, ExitError };

    Action action = Action::Run;
    SandboxOptions options;
    quint16 port = 8085;

    /** Parses @p arguments (argv[0] first); answers --help/--version and reports errors itself. */
    static SandboxCommandLine parse(const QStringList &arguments);
};

} // namespace pinstripe::sandbox
