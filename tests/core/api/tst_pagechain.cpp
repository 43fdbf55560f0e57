// PageChain: where a bookmark chain continues, when it ends, and that a server sending a
// bookmark already followed cannot keep it fetching forever.
#include "core/api/pagechain.h"

#include <QTest>

using namespace pinstripe;

class TestPageChain : public QObject
{
    Q_OBJECT

private slots:
    void followsBookmarksToTheLastPage();
    void emptyPageWithBookmarkIsFollowed();
    void sameBookmarkAgainIsStuck();
    void earlierBookmarkAgainIsStuck();
    void latePagesChangeNothing();
};

void TestPageChain::followsBookmarksToTheLastPage()
{
    PageChain chain;
    QCOMPARE(chain.bookmark(), QString());
    QCOMPARE(chain.pageArrived(25, QStringLiteral("b1")), PageChain::Next::Fetch);
    QCOMPARE(chain.bookmark(), QStringLiteral("b1"));
    QCOMPARE(chain.pageArrived(25, QStringLiteral("b2")), PageChain::Next::Fetch);
    QCOMPARE(chain.bookmark(), QStringLiteral("b2"));
    QCOMPARE(chain.pageArrived(3, QString()), PageChain::Next::Done);
    QVERIFY(chain.isDone());
    QVERIFY(!chain.isStuck());
    QCOMPARE(chain.pages(), 3);
    QCOMPARE(chain.items(), qint64(53));
}

void TestPageChain::emptyPageWithBookmarkIsFollowed()
{
    PageChain chain;
    QCOMPARE(chain.pageArrived(0, QStringLiteral("b1")), PageChain::Next::Fetch);
    QCOMPARE(chain.pageArrived(0, QStringLiteral("b2")), PageChain::Next::Fetch);
    QCOMPARE(chain.pageArrived(0, QString()), PageChain::Next::Done);
    QCOMPARE(chain.items(), qint64(0));
}

void TestPageChain::sameBookmarkAgainIsStuck()
{
    PageChain chain;
    QCOMPARE(chain.pageArrived(25, QStringLiteral("same")), PageChain::Next::Fetch);
    QCOMPARE(chain.pageArrived(25, QStringLiteral("same")), PageChain::Next::Stuck);
    QVERIFY(chain.isStuck());
    QVERIFY(!chain.isDone());
    QCOMPARE(chain.bookmark(), QStringLiteral("same"));
}

void TestPageChain::earlierBookmarkAgainIsStuck()
{
    PageChain chain;
    QCOMPARE(chain.pageArrived(1, QStringLiteral("b1")), PageChain::Next::Fetch);
    QCOMPARE(chain.pageArrived(1, QStringLiteral("b2")), PageChain::Next::Fetch);
    QCOMPARE(chain.pageArrived(1, QStringLiteral("b3")), PageChain::Next::Fetch);
    QCOMPARE(chain.pageArrived(1, QStringLiteral("b1")), PageChain::Next::Stuck);
    QCOMPARE(chain.pages(), 4);
}

void TestPageChain::latePagesChangeNothing()
{
    PageChain chain;
    QCOMPARE(chain.pageArrived(2, QString()), PageChain::Next::Done);
    QCOMPARE(chain.pageArrived(2, QStringLiteral("b9")), PageChain::Next::Done);
    QCOMPARE(chain.pages(), 1);
    QCOMPARE(chain.items(), qint64(2));
}

QTEST_GUILESS_MAIN(TestPageChain)
#include "tst_pagechain.moc"
