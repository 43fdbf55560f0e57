#pragma once

#include <QStringList>
#include <QUrl>

namespace pinstripe {

/** What the user asked for on the command line. */
struct CommandLine
{
    enum class Action {
        RunGui,   ///< start the application
        ExitOk,   ///< --help or --version was answered; exit 0
        ExitError ///< bad arguments were reported; exit non-zero
    };

    Action action = Action::RunGui;
    bool demo = false;
    QUrl apiBaseUrl;
    /** Start, show the window, then quit with 0 once the event loop is idle (packaging checks). */
    bool smokeTest = false;

    /**
     * Parses @p arguments (argv[0] first). Answers --help and --version itself, on stdout, so
     * they work without a display and before any QApplication exists; errors go to stderr.
     */
    static CommandLine parse(const QStringList &arguments);

    /**
     * @p arguments without Qt's standard options (-platform, -style, -reverse, -qwindowgeometry,
     * -stylesheet …) and their values, which QApplication handles itself.
     */
    static QStringList withoutQtOptions(const QStringList &arguments);
};

} // namespace pinstripe
