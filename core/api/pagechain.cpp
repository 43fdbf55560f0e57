#include "core/api/pagechain.h"

#include <QtGlobal>

namespace pinstripe {

PageChain::Next PageChain::pageArrived(int itemCount, const QString &nextBookmark)
{
    if (m_done || m_stuck)
        return m_done ? Next::Done : Next::Stuck; // a late page changes nothing
    ++m_pages;
    m_items += qMax(0, itemCount);
    if (nextBookmark.isEmpty()) {
        m_done = true;
        return Next::Done;
    }
    // The first page is fetched without a bookmark; every one followed since is remembered.
    if (!m_bookmark.isEmpty())
        m_followed.insert(m_bookmark);
    if (nextBookmark == m_bookmark || m_followed.contains(nextBookmark)) {
        m_stuck = true;
        return Next::Stuck;
    }
    m_bookmark = nextBookmark;
    return Next::Fetch;
}

} // namespace pinstripe
