// pinstripe-sandbox as a script starts it: one line with the URL, then it serves requests.
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private slots:
    void printsListeningLineAndServes();
    void help();
    void rejectsBadFlags_data();
    void rejectsBadFlags();
};

void TestSandboxExecutable::printsListeningLineAndServes()
{
    QProcess process;
    process.start(QStringLiteral(PINSTRIPE_SANDBOX_EXECUTABLE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--ad-groups"), QStringLiteral("30"),
                   QStringLiteral("--latency"), QStringLiteral("1")});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine());
    const QRegularExpression pattern(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)/v5\\n$"));
    const QRegularExpressionMatch match = pattern.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    const quint16 port = quint16(match.captured(1).toUInt());
    QVERIFY(port > 0);

    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v5/ad_accounts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer pinstripe-demo-token\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\"bookmark\""), 5000);
    QVERIFY(answer.startsWith("HTTP/1.1 200 OK\r\n"));

    QVERIFY2(process.readAllStandardOutput().isEmpty(), "exactly one line on stdout");
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
}

void TestSandboxExecutable::help()
{
    QProcess process;
    process.start(QStringLiteral(PINSTRIPE_SANDBOX_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    for (const char *flag : {"--port", "--ad-groups", "--access-token", "--client-secret", "--token-ttl", "--state",
                             "--error-rate", "--storm", "--hang-rate", "--now", "--seed", "--strict"})
        QVERIFY2(out.contains(flag), flag);
}

void TestSandboxExecutable::rejectsBadFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("probability") << QStringList{QStringLiteral("--error-rate"), QStringLiteral("2")};
    QTest::newRow("too many ad groups") << QStringList{QStringLiteral("--ad-groups"), QStringLiteral("100001")};
    QTest::newRow("now") << QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")};
}

void TestSandboxExecutable::rejectsBadFlags()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(PINSTRIPE_SANDBOX_EXECUTABLE), arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
