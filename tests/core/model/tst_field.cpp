#include "core/model/field.h"

#include <QStringList>
#include <QTest>

using namespace pinstripe;

class TestField : public QObject
{
    Q_OBJECT

private slots:
    void states();
    void valueOr();
    void equality();
};

void TestField::states()
{
    Field<QString> f;
    QVERIFY(f.isAbsent());
    QVERIFY(!f.isNull());
    QVERIFY(!f.hasValue());
    QVERIFY(!f.isPresent());

    f = QStringLiteral("Spring");
    QVERIFY(f.hasValue());
    QVERIFY(f.isPresent());
    QCOMPARE(f.value(), QStringLiteral("Spring"));

    f.setNull();
    QVERIFY(f.isNull());
    QVERIFY(f.isPresent());
    QVERIFY(!f.hasValue());

    f.set(QStringLiteral("Summer"));
    QCOMPARE(f.state(), Field<QString>::State::Value);
    f.clear();
    QCOMPARE(f.state(), Field<QString>::State::Absent);

    QVERIFY(Field<int>::null().isNull());

    Field<QStringList> list = QStringList{QStringLiteral("US")};
    list.value().append(QStringLiteral("DE"));
    QCOMPARE(list.value().size(), 2);
}

void TestField::valueOr()
{
    Field<qint64> f;
    QCOMPARE(f.valueOr(7), 7);
    QVERIFY(!f.toOptional());
    f.setNull();
    QCOMPARE(f.valueOr(7), 7);
    f = qint64(9'007'199'254'740'993); // 2^53 + 1
    QCOMPARE(f.valueOr(7), qint64(9'007'199'254'740'993));
    QCOMPARE(*f.toOptional(), qint64(9'007'199'254'740'993));
}

void TestField::equality()
{
    Field<int> absent;
    Field<int> null = Field<int>::null();
    Field<int> zero = 0;
    QVERIFY(absent == Field<int>());
    QVERIFY(absent != null);
    QVERIFY(null != zero);
    QVERIFY(absent != zero); // absent is not "0"
    QVERIFY(zero == Field<int>(0));
    QVERIFY(zero != Field<int>(1));
    // Clearing a value forgets it: two cleared fields compare equal whatever they held.
    Field<int> a = 1;
    Field<int> b = 2;
    a.setNull();
    b.setNull();
    QVERIFY(a == b);
}

QTEST_GUILESS_MAIN(TestField)
#include "tst_field.moc"
