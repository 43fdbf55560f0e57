#include "ui/mainwindow.h"

#include "core/api/apiclient.h"
#include "core/app/appcontext.h"
#include "core/api/apiendpoint.h"
#include "core/appinfo.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupdetailspanel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/adgroups/browsercommands.h"
#include "ui/common/preferencesdialog.h"
#include "ui/common/theme.h"
#include "ui/common/themedicon.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace pinstripe {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

/** Where the docks of one ad account are kept (the last layout of any account under kStateKey). */
QString accountStateKey(const QString &accountId)
{
    return QStringLiteral("mainWindow/accountState/") + accountId;
}

} // namespace

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(appinfo::applicationName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/pinstripe.svg")));

    m_centre = new QStackedWidget(this);
    m_browser = new AdGroupBrowser(m_context->cache(), m_centre);
    m_centre->addWidget(m_browser);
    setCentralWidget(m_centre);
    connect(m_browser, &AdGroupBrowser::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_browser, &AdGroupBrowser::accountChanged, this, [this](const AdAccount &account) {
        setWindowTitle(tr("%1 — %2").arg(account.name.valueOr(account.id.valueOr(QString())), appinfo::applicationName()));
        followAccountLayout(account.id.valueOr(QString()));
    });

    createMenus();
    createWindowCommands();
    createDetailsDock();
    m_browserCommands = new BrowserCommands(m_browser, this, this);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    setApiBaseUrl(m_context->apiBaseUrl().isEmpty() ? ApiEndpoint::productionBaseUrl() : m_context->apiBaseUrl(),
                  m_context->options().demo);
    connect(m_context, &AppContext::connectionChanged, this, &MainWindow::followConnection);
    if (m_context->client())
        followConnection(m_context->client());

    resize(1200, 760); // first start only; restoreWindowState() wins afterwards
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // Docks hide while the window goes: that is no layout change to save.
    delete m_saveTimer;
    m_saveTimer = nullptr;
    // Features first, newest first: they may still look at the browser and the menus.
    while (!m_features.isEmpty()) {
        const QPointer<QObject> feature = m_features.takeLast();
        delete feature.data();
    }
    delete m_browserCommands;
    m_browserCommands = nullptr;
    // The browser's requests and cache connection go while the context's client and cache are there.
    delete m_browser;
    m_browser = nullptr;
}

void MainWindow::adoptFeature(QObject *feature)
{
    feature->setParent(this);
    m_features << feature;
}

void MainWindow::createDetailsDock()
{
    // The details sit in a dock on the right, where Performance and Targeting Breakdown join
    // them as tabs: the table keeps the centre and most of the width.
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    QWidget *details = m_browser->detailsPanel();
    // Wide enough that labels stay whole and values wrap at words.
    details->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 25);
    m_detailsDock->setWidget(details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    connect(m_browser, &AdGroupBrowser::detailsRequested, m_detailsDock, [this] {
        m_detailsDock->show();
        m_detailsDock->raise();
    });
    addCommand(m_detailsDock->toggleViewAction(), {MenuRole::View, CommandGroup::Docks});
}

void MainWindow::resetLayout()
{
    if (!m_defaultState.isEmpty())
        restoreState(m_defaultState);
    applyDefaultDockSizes();
    m_browser->resetLayout();
    Q_EMIT layoutReset();
    if (m_saveTimer)
        m_saveTimer->start();
}

void MainWindow::applyDefaultDockSizes()
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resizeDocks({m_detailsDock}, {em * 26}, Qt::Horizontal);
}

void MainWindow::setWelcomePage(QWidget *page)
{
    delete m_welcome;
    m_welcome = page;
    m_centre->addWidget(page);
}

void MainWindow::showWelcome(bool show)
{
    m_centre->setCurrentWidget(show && m_welcome ? m_welcome : static_cast<QWidget *>(m_browser));
}

bool MainWindow::isShowingWelcome() const
{
    return m_welcome && m_centre->currentWidget() == m_welcome;
}

ApiClient *MainWindow::apiClient() const
{
    return m_context->client();
}

void MainWindow::followConnection(ApiClient *client)
{
    if (client)
        setApiBaseUrl(m_context->apiBaseUrl(), m_context->isDemoConnection());
    m_browser->setClient(client);
}

void MainWindow::addCommand(QAction *action, const CommandPlacement &placement)
{
    m_commands << Command{action, placement};
    layOutMenu(placement.menu);
    if (placement.toolBar != ToolBarSlot::None)
        layOutToolBar();
}

void MainWindow::addCommandMenu(QMenu *menu, const CommandPlacement &placement)
{
    addCommand(menu->menuAction(), placement);
}

QMenu *MainWindow::menu(MenuRole role) const
{
    return m_menus.value(static_cast<int>(role));
}

void MainWindow::layOutMenu(MenuRole role)
{
    QMenu *target = menu(role);
    // Separators are the menu's own and go with clear(); the commands belong to their features.
    target->clear();
    QList<Command> commands;
    for (const Command &command : std::as_const(m_commands)) {
        if (command.action && command.placement.menu == role)
            commands << command;
    }
    std::stable_sort(commands.begin(), commands.end(), [](const Command &a, const Command &b) {
        return a.placement.group < b.placement.group;
    });
    for (qsizetype i = 0; i < commands.size(); ++i) {
        if (i > 0 && commands.at(i).placement.group != commands.at(i - 1).placement.group)
            target->addSeparator();
        target->addAction(commands.at(i).action);
    }
    target->menuAction()->setVisible(!commands.isEmpty());
}

void MainWindow::layOutToolBar()
{
    m_toolBar->clear();
    QList<Command> commands;
    for (const Command &command : std::as_const(m_commands)) {
        if (command.action && command.placement.toolBar != ToolBarSlot::None)
            commands << command;
    }
    std::stable_sort(commands.begin(), commands.end(), [](const Command &a, const Command &b) {
        return a.placement.toolBar < b.placement.toolBar;
    });
    for (const Command &command : std::as_const(commands))
        m_toolBar->addAction(command.action);
}

void MainWindow::createMenus()
{
    m_toolBar = addToolBar(tr("Main tool bar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // the key of its place in saveState()
    // Words beside the icons: a marketer should not have to learn a row of pictures.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    const QList<std::pair<MenuRole, QString>> menus = {
        {MenuRole::File, tr("&File")},       {MenuRole::Edit, tr("&Edit")},       {MenuRole::View, tr("&View")},
        {MenuRole::Tools, tr("&Tools")},     {MenuRole::Account, tr("&Account")}, {MenuRole::Help, tr("&Help")},
    };
    const QStringList names = {QStringLiteral("fileMenu"),  QStringLiteral("editMenu"),    QStringLiteral("viewMenu"),
                               QStringLiteral("toolsMenu"), QStringLiteral("accountMenu"), QStringLiteral("helpMenu")};
    for (qsizetype i = 0; i < menus.size(); ++i) {
        QMenu *m = menuBar()->addMenu(menus.at(i).second);
        m->setObjectName(names.at(i));
        m->menuAction()->setVisible(false); // until a command arrives
        m_menus << m;
    }
}

void MainWindow::createWindowCommands()
{
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setIcon(themedIcon(QStringLiteral("application-exit")));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addCommand(quit, {MenuRole::File, CommandGroup::Quitting});

    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themedIcon(QStringLiteral("edit-undo")));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    // The platform's Redo keys, plus Ctrl+Y, which people expect from office programs everywhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    redo->setIcon(themedIcon(QStringLiteral("edit-redo")));
    addCommand(undo, {MenuRole::Edit, CommandGroup::UndoRedo});
    addCommand(redo, {MenuRole::Edit, CommandGroup::UndoRedo});

    QAction *toolBarToggle = m_toolBar->toggleViewAction();
    toolBarToggle->setText(tr("&Tool Bar"));
    addCommand(toolBarToggle, {MenuRole::View, CommandGroup::Bars});
    auto *statusBarToggle = new QAction(tr("&Status Bar"), this);
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, statusBar(), &QWidget::setVisible);
    addCommand(statusBarToggle, {MenuRole::View, CommandGroup::Bars});
    auto *fullScreen = new QAction(tr("&Full Screen"), this);
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setIcon(themedIcon(QStringLiteral("view-fullscreen")));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    addCommand(fullScreen, {MenuRole::View, CommandGroup::WindowMode});
    // View › Theme: the desktop's colours, or always light or dark.
    auto *themes = new QMenu(tr("T&heme"), this);
    themes->setObjectName(QStringLiteral("themeMenu"));
    auto *themeGroup = new QActionGroup(themes);
    const QList<std::pair<Theme, QString>> choices = {
        {Theme::System, tr("As the &Desktop")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, text] : choices) {
        QAction *action = themes->addAction(text);
        action->setCheckable(true);
        action->setChecked(theme == savedTheme());
        action->setObjectName(QStringLiteral("theme-") + themeKey(theme));
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [theme = theme] {
            applyTheme(theme);
            saveTheme(theme);
        });
    }
    addCommandMenu(themes, {MenuRole::View, CommandGroup::WindowMode});
    auto *resetLayout = new QAction(tr("Reset &Layout"), this);
    resetLayout->setObjectName(QStringLiteral("resetLayoutAction"));
    connect(resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    addCommand(resetLayout, {MenuRole::View, CommandGroup::WindowMode});

    auto *preferences = new QAction(tr("Pre&ferences…"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    // The platform's key where it has one; Ctrl+, as most desktop programs use it elsewhere.
    const QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences->setShortcuts(preferenceKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                                       : preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setIcon(themedIcon(QStringLiteral("preferences-system")));
    connect(preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    addCommand(preferences, {MenuRole::Edit, CommandGroup::Preferences});

    auto *connection = new QAction(tr("&Connection Details…"), this);
    connection->setObjectName(QStringLiteral("connectionDetailsAction"));
    connect(connection, &QAction::triggered, this, &MainWindow::showConnectionInfo);
    addCommand(connection, {MenuRole::Account, CommandGroup::Connection});

    auto *about = new QAction(tr("&About Pinstripe"), this);
    about->setMenuRole(QAction::AboutRole);
    about->setIcon(themedIcon(QStringLiteral("help-browser")));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    addCommand(about, {MenuRole::Help, CommandGroup::About});
    auto *aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    addCommand(aboutQt, {MenuRole::Help, CommandGroup::About});
}

void MainWindow::setApiBaseUrl(const QUrl &baseUrl, bool demo)
{
    m_apiBaseUrl = baseUrl;
    m_demo = demo;
    QString where;
    if (demo) {
        where = tr("Demo sandbox (%1)").arg(baseUrl.toDisplayString());
    } else {
        switch (ApiEndpoint::kindOf(baseUrl)) {
        case ApiEndpoint::Kind::Production:
            where = tr("Pinterest");
            break;
        case ApiEndpoint::Kind::PinterestSandbox:
            where = tr("Pinterest API sandbox");
            break;
        case ApiEndpoint::Kind::Custom:
            where = baseUrl.toDisplayString();
            break;
        }
    }
    m_connectionLabel->setText(where);
    m_connectionLabel->setToolTip(baseUrl.toDisplayString());
}

void MainWindow::showConnectionInfo()
{
    QMessageBox::information(this, tr("Connection Details"),
                             tr("API base URL: %1").arg(m_apiBaseUrl.toDisplayString()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pinstripe"),
                       tr("<h3>Pinstripe %1</h3>"
                          "<p>Browse, edit and post Pinterest ad groups safely, "
                          "from your desktop.</p>")
                           .arg(appinfo::version()));
}

bool MainWindow::event(QEvent *event)
{
    // The tabs of docks sharing a place (Details, Performance, Targeting Breakdown) are made by
    // the window's layout when docks are tabified. Whole titles with scroll arrows, not "Dé…":
    // longer languages would otherwise leave a tab unreadable.
    if (event->type() == QEvent::ChildPolished) {
        if (auto *tabs = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child())) {
            tabs->setElideMode(Qt::ElideNone);
            tabs->setUsesScrollButtons(true);
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_dockStateRestored)
        saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_browser->restoreState();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_dockStateRestored) {
        m_dockStateRestored = true;
        restoreDockState();
    }
}

void MainWindow::restoreDockState()
{
    // Features add their docks after the window is built, so the docks' places, visibility and
    // active tabs are restored when the window first shows, once every dock exists.
    m_defaultState = saveState();
    const QSettings settings;
    const QByteArray accountState = m_accountId.isEmpty() ? QByteArray() : settings.value(accountStateKey(m_accountId)).toByteArray();
    if (!restoreState(accountState) && !restoreState(settings.value(kStateKey).toByteArray()))
        applyDefaultDockSizes();
    // Saved as they change, not only on a clean exit: a crash or kill keeps the layout too.
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveWindowState);
    QTimer *timer = m_saveTimer;
    const auto later = [timer] { timer->start(); };
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        connect(dock, &QDockWidget::visibilityChanged, m_saveTimer, later);
        connect(dock, &QDockWidget::dockLocationChanged, m_saveTimer, later);
        connect(dock, &QDockWidget::topLevelChanged, m_saveTimer, later);
    }
    connect(this, &QMainWindow::tabifiedDockWidgetActivated, m_saveTimer, later);
    Q_EMIT docksRestored();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    const QByteArray state = saveState();
    settings.setValue(kStateKey, state);
    if (!m_accountId.isEmpty())
        settings.setValue(accountStateKey(m_accountId), state);
    m_browser->saveState();
}

void MainWindow::followAccountLayout(const QString &accountId)
{
    if (accountId == m_accountId)
        return;
    // The docks as the person left them for the account being left; the next account's own
    // layout if it has one, else the current layout carries over.
    if (m_dockStateRestored)
        saveWindowState();
    m_accountId = accountId;
    if (!m_dockStateRestored)
        return; // restoreDockState() picks the account's layout when the window first shows
    const QByteArray state = QSettings().value(accountStateKey(accountId)).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
}

} // namespace pinstripe
