#pragma once

#include <QSet>
#include <QString>

namespace pinstripe {

/**
 * The bookkeeping of one bookmark chain, apart from its requests: which bookmark the next page
 * is fetched with, and when the chain ends.
 *
 * A chain ends when a page has no bookmark. A page pointing back to a bookmark the chain has
 * already followed would make it fetch the same pages forever; the chain is then stuck and
 * goes no further. An empty page with a bookmark is followed: Pinterest may filter a page's
 * items away and still have more.
 */
class PageChain final
{
public:
    enum class Next {
        Fetch, ///< fetch the page at bookmark()
        Done,  ///< that was the last page
        Stuck, ///< the server sent a bookmark this chain already followed
    };

    /** Records a page of @p itemCount items whose next page is at @p nextBookmark (empty: none). */
    Next pageArrived(int itemCount, const QString &nextBookmark);

    /** The bookmark the next page is fetched with; empty for the first page. */
    QString bookmark() const { return m_bookmark; }
    bool isDone() const { return m_done; }
    bool isStuck() const { return m_stuck; }
    int pages() const { return m_pages; }
    qint64 items() const { return m_items; }

private:
    QString m_bookmark;
    QSet<QString> m_followed;
    int m_pages = 0;
    qint64 m_items = 0;
    bool m_done = false;
    bool m_stuck = false;
};

} // namespace pinstripe
