#include "ui/mainwindow.h"

#include "core/api/apiclient.h"
#include "core/app/appcontext.h"
#include "core/api/apiendpoint.h"
#include "core/appinfo.h"
#include "ui/adgroups/accountswitcher.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgrouptableview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace pinstripe {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

} // namespace

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(appinfo::applicationName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/pinstripe.svg")));

    m_browser = new AdGroupBrowser(m_context->cache(), this);
    setCentralWidget(m_browser);
    connect(m_browser, &AdGroupBrowser::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_browser, &AdGroupBrowser::accountChanged, this, [this](const AdAccount &account) {
        setWindowTitle(tr("%1 — %2").arg(account.name.valueOr(account.id.valueOr(QString())), appinfo::applicationName()));
    });

    createMenus();
    createBrowserActions();

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
    // The browser's requests and cache connection go while the context's client and cache are there.
    delete m_browser;
    m_browser = nullptr;
}

void MainWindow::adoptFeature(QObject *feature)
{
    feature->setParent(this);
    m_features << feature;
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

void MainWindow::createBrowserActions()
{
    // File: export, before Quit (which stays last).
    QAction *quit = m_fileMenu->actions().constLast();
    auto *exportAll = new QAction(tr("&Export Ad Groups as CSV…"), this);
    exportAll->setObjectName(QStringLiteral("exportCsvAction"));
    // Ctrl+E edits the selection (Edit menu); exporting is the less frequent task.
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAll, &QAction::triggered, this, [this] { m_browser->exportCsvInteractively(false); });
    auto *exportSelected = new QAction(tr("Export &Selected Ad Groups as CSV…"), this);
    exportSelected->setObjectName(QStringLiteral("exportSelectionCsvAction"));
    connect(exportSelected, &QAction::triggered, this, [this] { m_browser->exportCsvInteractively(true); });
    m_fileMenu->insertAction(quit, exportAll);
    m_fileMenu->insertAction(quit, exportSelected);
    m_fileMenu->insertSeparator(quit);

    // Edit: after undo/redo.
    m_editMenu->addSeparator();
    QAction *copy = m_editMenu->addAction(tr("&Copy"), m_browser, &AdGroupBrowser::copySelection);
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_browser->tableView()->addAction(copy); // only where a table cell is the thing to copy
    QAction *find = m_editMenu->addAction(tr("&Find…"), m_browser, &AdGroupBrowser::focusFilter);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);

    // View: refresh, columns, details.
    QAction *firstView = m_viewMenu->actions().constFirst();
    auto *refresh = new QAction(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_browser, &AdGroupBrowser::refresh);
    auto *cancel = new QAction(tr("&Stop Loading"), this);
    cancel->setObjectName(QStringLiteral("cancelLoadingAction"));
    connect(cancel, &QAction::triggered, m_browser, &AdGroupBrowser::cancelLoading);
    auto *details = new QAction(tr("Ad Group &Details"), this);
    details->setObjectName(QStringLiteral("openDetailsAction"));
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(details, &QAction::triggered, m_browser, &AdGroupBrowser::openCurrentDetails);
    m_viewMenu->insertAction(firstView, refresh);
    m_viewMenu->insertAction(firstView, cancel);
    m_viewMenu->insertAction(firstView, details);
    QMenu *columns = new QMenu(tr("&Columns"), this);
    columns->setObjectName(QStringLiteral("columnsMenu"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        const QList<QAction *> actions = m_browser->tableView()->columnMenu()->actions();
        columns->addActions(actions);
    });
    m_viewMenu->insertMenu(firstView, columns);
    m_viewMenu->insertSeparator(firstView);

    // Account: switch.
    // Chooses among the ad accounts of the signed-in user; the Switch User menu changes the user.
    QAction *switchAccount = new QAction(tr("Choose &Ad Account…"), this);
    switchAccount->setObjectName(QStringLiteral("chooseAdAccountAction"));
    switchAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(switchAccount, &QAction::triggered, this, [this] {
        m_browser->accountSwitcher()->comboBox()->setFocus(Qt::ShortcutFocusReason);
        m_browser->accountSwitcher()->comboBox()->showPopup();
    });
    m_accountMenu->insertAction(m_accountMenu->actions().constFirst(), switchAccount);

    if (QToolBar *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        toolBar->addAction(refresh);
        toolBar->addAction(exportAll);
        toolBar->addAction(find);
    }
}

void MainWindow::createMenus()
{
    auto *toolBar = addToolBar(tr("Main tool bar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    // The platform's Redo keys, plus Ctrl+Y, which people expect from office programs everywhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *toolBarToggle = toolBar->toggleViewAction();
    toolBarToggle->setText(tr("&Tool Bar"));
    m_viewMenu->addAction(toolBarToggle);
    QAction *statusBarToggle = m_viewMenu->addAction(tr("&Status Bar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, statusBar(), &QWidget::setVisible);
    m_viewMenu->addSeparator();
    QAction *fullScreen = m_viewMenu->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu->addAction(tr("&Connection Details…"), this, &MainWindow::showConnectionInfo);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = m_helpMenu->addAction(tr("&About Pinstripe"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
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
    restoreState(QSettings().value(kStateKey).toByteArray());
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
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_browser->saveState();
}

} // namespace pinstripe
