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

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
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
        print(stdout, parser.helpText());
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
