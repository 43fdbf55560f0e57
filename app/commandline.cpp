#include "commandline.h"

#include "core/api/apiendpoint.h"
#include "core/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace pinstripe {

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::CommandLine", text);
}

/**
 * Qt's own options, which QApplication reads from argv itself (see QGuiApplication and
 * QApplication): those taking a value, and switches. Qt accepts them with one or two dashes
 * and, for some, as -name=value.
 */
const QStringList kQtOptionsWithValue = {
    QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
    QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
    QStringLiteral("qwindowtitle"), QStringLiteral("style"), QStringLiteral("stylesheet"),
    QStringLiteral("session"), QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("title"),
    QStringLiteral("name"), QStringLiteral("visual"), QStringLiteral("fn"), QStringLiteral("font"),
    QStringLiteral("bg"), QStringLiteral("background"), QStringLiteral("fg"), QStringLiteral("foreground"),
    QStringLiteral("btn"), QStringLiteral("button"), QStringLiteral("ncols"), QStringLiteral("cmap"),
    QStringLiteral("qmljsdebugger"),
};
const QStringList kQtSwitches = {
    QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"), QStringLiteral("dograb"),
    QStringLiteral("sync"), QStringLiteral("testability"),
};

} // namespace

QStringList CommandLine::withoutQtOptions(const QStringList &arguments)
{
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("--")) {
            result << argument;
            continue;
        }
        QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool valueAttached = equals >= 0;
        if (valueAttached)
            name.truncate(equals);
        if (kQtSwitches.contains(name) && !valueAttached)
            continue;
        if (kQtOptionsWithValue.contains(name)) {
            if (!valueAttached)
                ++i; // the value follows as the next argument
            continue;
        }
        result << argument;
    }
    return result;
}

CommandLine CommandLine::parse(const QStringList &allArguments)
{
    // Qt's options are QApplication's business; everything else is checked here.
    const QStringList arguments = withoutQtOptions(allArguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Pinstripe — browse, edit and post Pinterest ad groups from the desktop."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        tr("Run against the built-in demo sandbox with sample ad accounts; no Pinterest account needed."));
    const QCommandLineOption apiBaseUrl(QStringLiteral("api-base-url"),
        tr("Use this Pinterest API base URL (default https://api.pinterest.com/v5). "
           "https is required except for localhost."),
        tr("url"));
    QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
        tr("Start, show the main window and quit at once (for installation checks)."));
    smokeTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, apiBaseUrl, smokeTest});

    CommandLine result;
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QLatin1Char('\n'));
        result.action = Action::ExitError;
        return result;
    }
    if (parser.isSet(help)) {
        print(stdout, parser.helpText()
                          + tr("\nQt's standard options are accepted too, e.g. -platform, -style, -stylesheet, "
                               "-reverse, -qwindowgeometry.\n"));
        result.action = Action::ExitOk;
        return result;
    }
    if (parser.isSet(version)) {
        print(stdout, appinfo::applicationName() + QLatin1Char(' ') + appinfo::version() + QLatin1Char('\n'));
        result.action = Action::ExitOk;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print(stderr, tr("Unexpected argument: %1\n").arg(parser.positionalArguments().constFirst()));
        result.action = Action::ExitError;
        return result;
    }

    result.demo = parser.isSet(demo);
    result.smokeTest = parser.isSet(smokeTest);
    if (parser.isSet(apiBaseUrl)) {
        if (result.demo) {
            print(stderr, tr("--demo and --api-base-url cannot be used together.\n"));
            result.action = Action::ExitError;
            return result;
        }
        const QUrl url = QUrl::fromUserInput(parser.value(apiBaseUrl));
        const QString problem = ApiEndpoint::validateBaseUrl(url);
        if (!problem.isEmpty()) {
            print(stderr, tr("Invalid --api-base-url: %1\n").arg(problem));
            result.action = Action::ExitError;
            return result;
        }
        result.apiBaseUrl = url.adjusted(QUrl::StripTrailingSlash);
    } else {
        result.apiBaseUrl = ApiEndpoint::productionBaseUrl();
    }
    return result;
}

} // namespace pinstripe
