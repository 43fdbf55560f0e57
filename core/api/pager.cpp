#include "core/api/pager.h"

#include "core/api/apiclient.h"
#include "core/api/apirequest.h"

#include <QTimer>

#include <algorithm>

namespace pinstripe {

Pager::Pager(ApiClient *client, int chains, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_chains(std::max(1, chains))
{
}

Pager::~Pager()
{
    cancel();
}

void Pager::start()
{
    for (int i = 0; i < chainCount(); ++i) {
        if (m_chains[i].state == State::Idle)
            fetch(i);
    }
}

void Pager::cancel()
{
    m_cancelled = true;
    for (Chain &chain : m_chains) {
        if (chain.request) {
            chain.request->disconnect(this);
            chain.request->cancel();
        }
        chain.request = nullptr;
    }
    m_slowChains.clear(); // no signal follows a cancel
}

void Pager::retryFailed()
{
    for (int i = 0; i < chainCount(); ++i) {
        // A stuck chain would only be sent round the same pages again.
        if (m_chains[i].state == State::Failed && !m_chains[i].pages.isStuck())
            fetch(i);
    }
}

bool Pager::isFinished() const
{
    return std::all_of(m_chains.cbegin(), m_chains.cend(), [](const Chain &c) { return c.state == State::Done; });
}

bool Pager::hasFailedChains() const
{
    return std::any_of(m_chains.cbegin(), m_chains.cend(), [](const Chain &c) { return c.state == State::Failed; });
}

bool Pager::isRunning() const
{
    return std::any_of(m_chains.cbegin(), m_chains.cend(), [](const Chain &c) { return c.state == State::Running; });
}

void Pager::fetch(int index)
{
    if (m_cancelled || !m_client)
        return;
    Chain &chain = m_chains[index];
    chain.state = State::Running;
    ApiRequest *request = createRequest(index, chain.pages.bookmark());
    chain.request = request;
    connect(request, &ApiRequest::answeringSlowly, this, [this, index](bool slow) { setChainSlow(index, slow); });
    connect(request, &ApiRequest::failed, this, [this, index](const ApiError &error) {
        m_chains[index].request = nullptr;
        setChainSlow(index, false);
        if (m_cancelled || error.kind == ApiError::Kind::Cancelled)
            return;
        m_chains[index].state = State::Failed;
        Q_EMIT failed(error);
    });
    request->start();
}

void Pager::pageDone(int index, int itemCount, const QString &nextBookmark)
{
    if (m_cancelled)
        return;
    Chain &chain = m_chains[index];
    chain.request = nullptr;
    setChainSlow(index, false);
    m_items += itemCount;
    ++m_pages;
    Q_EMIT progress(m_items, m_pages);
    switch (chain.pages.pageArrived(itemCount, nextBookmark)) {
    case PageChain::Next::Done:
        chain.state = State::Done;
        if (isFinished())
            Q_EMIT finished();
        return;
    case PageChain::Next::Stuck: {
        chain.state = State::Failed;
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.message = QStringLiteral("the next page's bookmark leads back to a page already read");
        Q_EMIT failed(error);
        return;
    }
    case PageChain::Next::Fetch:
        fetchWhenReady(index);
        return;
    }
}

void Pager::fetchWhenReady(int index)
{
    if (m_cancelled)
        return;
    if (m_busy && m_busy()) {
        QTimer::singleShot(10, this, [this, index] { fetchWhenReady(index); });
        return;
    }
    fetch(index);
}

void Pager::setChainSlow(int chain, bool slow)
{
    const bool before = isAnsweringSlowly();
    if (slow)
        m_slowChains.insert(chain);
    else
        m_slowChains.remove(chain);
    if (isAnsweringSlowly() != before && !m_cancelled)
        Q_EMIT answeringSlowlyChanged(isAnsweringSlowly());
}

ApiClient *Pager::client() const
{
    return m_client.data();
}

} // namespace pinstripe
