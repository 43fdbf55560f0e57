// TargetingOption::listFromJson reads both shapes of a targeting options answer.
#include "core/model/targetingoption.h"

#include <QJsonDocument>
#include <QTest>

using namespace pinstripe;

class TestTargetingOption : public QObject
{
    Q_OBJECT

private slots:
    void idToNameObjects();
    void idAndNameMembers();
    void otherEntriesSkipped();
};

namespace {
QJsonArray array(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).array();
}
} // namespace

void TestTargetingOption::idToNameObjects()
{
    // The shape of the spec's sample return.
    const QList<TargetingOption> options = TargetingOption::listFromJson(array(R"([{"807": "U.S.: San Francisco", "GR": "Greece"}])"));
    QCOMPARE(options.size(), 2);
    QVERIFY(options.contains(TargetingOption{QStringLiteral("807"), QStringLiteral("U.S.: San Francisco")}));
    QVERIFY(options.contains(TargetingOption{QStringLiteral("GR"), QStringLiteral("Greece")}));
}

void TestTargetingOption::idAndNameMembers()
{
    const QList<TargetingOption> options =
        TargetingOption::listFromJson(array(R"([{"id": "925056443165", "name": "Home decor"}, {"id": "935249274030", "name": "Gardening"}])"));
    QCOMPARE(options, (QList<TargetingOption>{{QStringLiteral("925056443165"), QStringLiteral("Home decor")},
                                              {QStringLiteral("935249274030"), QStringLiteral("Gardening")}}));
}

void TestTargetingOption::otherEntriesSkipped()
{
    QCOMPARE(TargetingOption::listFromJson(array(R"([1, "x", null, {"807": 3}])")), QList<TargetingOption>());
}

QTEST_GUILESS_MAIN(TestTargetingOption)
#include "tst_targetingoption.moc"
