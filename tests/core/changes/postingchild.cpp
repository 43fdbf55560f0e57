// A posting process for tst_postkill: opens the pending changes store given on the command line
// and posts everything in it to the given Pinterest base URL, as the app does. The test kills it
// with SIGKILL while a request is in flight, then checks what the next start makes of the store.
#include "core/api/apiclient.h"
#include "core/api/tokenprovider.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "core/changes/poster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace pinstripe;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Pending changes database."), QStringLiteral("path"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("API base URL."), QStringLiteral("url"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("Access token."), QStringLiteral("token"));
    const QCommandLineOption accountOption(QStringLiteral("account"), QStringLiteral("Ad account id."), QStringLiteral("id"));
    const QCommandLineOption inFlightOption(QStringLiteral("in-flight"), QStringLiteral("Batches in flight."), QStringLiteral("n"),
                                            QStringLiteral("3"));
    parser.addOptions({storeOption, urlOption, tokenOption, accountOption, inFlightOption});
    parser.process(app);

    PendingChangeStore store(parser.value(storeOption));
    if (!store.isOpen())
        return 2;
    ChangeSet changes(&store);
    changes.loadFromStore();
    StaticTokenProvider tokens(parser.value(tokenOption));
    ApiClient client(QUrl(parser.value(urlOption)), &tokens);
    Poster poster(&client, &changes, &store);
    poster.setMaxInFlight(parser.value(inFlightOption).toInt());
    QObject::connect(&poster, &Poster::finished, &app, [&app](const Poster::Summary &summary) {
        QTextStream(stdout) << "posted " << summary.succeeded << Qt::endl;
        app.quit();
    });
    poster.post(parser.value(accountOption));
    return app.exec();
}
