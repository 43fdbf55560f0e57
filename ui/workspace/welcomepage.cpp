#include "ui/workspace/welcomepage.h"

#include "core/appinfo.h"

#include <QAction>
#include <QLabel>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace pinstripe {

WelcomePage::WelcomePage(QAction *connectCommand, QWidget *parent)
    : QWidget(parent)
    , m_connect(new QPushButton(tr("&Connect to Pinterest…"), this))
    , m_demo(new QPushButton(tr("Try the &demo"), this))
    , m_keychain(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to %1").arg(appinfo::applicationName()), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Browse your Pinterest ad groups, edit budgets, bids, schedules and targeting — "
                                "one or hundreds at once — check bid floors, chart performance, and post your "
                                "changes safely."),
                             this);
    intro->setWordWrap(true);
    auto *demoText = new QLabel(tr("No Pinterest account at hand? The demo runs a Pinterest of its own on this "
                                   "computer, with sample ad accounts, so you can try everything without spending."),
                                this);
    demoText->setWordWrap(true);
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setWordWrap(true);
    m_connect->setObjectName(QStringLiteral("welcomeConnectButton"));
    m_connect->setDefault(true);
    m_demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    connect(m_connect, &QPushButton::clicked, connectCommand, &QAction::trigger);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    auto *column = new QWidget(this);
    // Wide enough for the sentences to wrap at words into a few lines, narrow enough to read.
    column->setMinimumWidth(420);
    column->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_connect, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addWidget(demoText);
    layout->addWidget(m_demo, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addWidget(m_keychain);
    // Stretches, not alignment flags, centre the column: a layout item with an alignment gets
    // only its size hint, and word-wrapped labels would be cut off below their first line.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 3);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    setKeychainAvailable(std::nullopt);
}

void WelcomePage::setKeychainAvailable(std::optional<bool> available)
{
    if (!available)
        m_keychain->setText(tr("Looking for the system keychain…"));
    else if (*available)
        m_keychain->setText(tr("Your sign-in will be kept in the system keychain, never in a file."));
    else
        m_keychain->setText(tr("No system keychain found: tokens will be kept for this session only."));
}

void WelcomePage::setDemoOffered(bool offered)
{
    m_demo->setVisible(offered);
}

QString WelcomePage::keychainText() const
{
    return m_keychain->text();
}

} // namespace pinstripe
