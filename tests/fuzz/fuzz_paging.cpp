// libFuzzer target: the paging loop over bookmarks. The input is a sequence of page bodies
// (separated by a line holding only "----") answering one chain; the first byte picks the item
// type. Each body is read with parsePage as the list requests do, and PageChain decides what
// the pager does next. Whatever the server sends, no bookmark is fetched twice, and the counts
// add up.

#include "core/api/page.h"
#include "core/api/pagechain.h"
#include "core/model/adaccount.h"
#include "core/model/adgroup.h"
#include "core/model/campaign.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QSet>

using namespace pinstripe;

namespace {

template<typename T>
void followChain(const QList<QByteArray> &bodies)
{
    PageChain chain;
    QSet<QString> fetched;
    qint64 items = 0;
    int pages = 0;
    for (const QByteArray &body : bodies) {
        // The pager is about to fetch the page at chain.bookmark().
        FUZZ_CHECK(!chain.isDone() && !chain.isStuck());
        FUZZ_CHECK(!fetched.contains(chain.bookmark()));
        fetched.insert(chain.bookmark());

        Page<T> page;
        if (!parsePage(body, page).isEmpty())
            return; // the request fails; the chain stops where it is
        // Reading the same body again gives the same page.
        Page<T> again;
        FUZZ_CHECK(parsePage(body, again).isEmpty());
        FUZZ_CHECK(again.items.size() == page.items.size() && again.bookmark == page.bookmark);

        items += page.items.size();
        ++pages;
        const PageChain::Next next = chain.pageArrived(static_cast<int>(page.items.size()), page.bookmark);
        FUZZ_CHECK(chain.pages() == pages && chain.items() == items);
        switch (next) {
        case PageChain::Next::Done:
            FUZZ_CHECK(page.bookmark.isEmpty() && chain.isDone());
            return;
        case PageChain::Next::Stuck:
            FUZZ_CHECK(fetched.contains(page.bookmark) && chain.isStuck());
            return;
        case PageChain::Next::Fetch:
            FUZZ_CHECK(chain.bookmark() == page.bookmark && !page.bookmark.isEmpty());
            break;
        }
    }
}

/** The page bodies of @p input: lines up to each line that is just "----". */
QList<QByteArray> splitPages(const QByteArray &input)
{
    QList<QByteArray> bodies;
    QByteArray current;
    for (const QByteArray &line : input.split('\n')) {
        if (line == "----") {
            bodies << current;
            current.clear();
        } else {
            current += line + '\n';
        }
    }
    bodies << current;
    return bodies;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QList<QByteArray> bodies = splitPages(fuzz::payload(data, size));
    switch (data[0] % 3) {
    case 0:
        followChain<AdAccount>(bodies);
        break;
    case 1:
        followChain<Campaign>(bodies);
        break;
    case 2:
        followChain<AdGroup>(bodies);
        break;
    }
    return 0;
}
