#include "ui/mainwindow.h"

#include "core/api/apiendpoint.h"
#include "core/appinfo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace pinstripe {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(appinfo::applicationName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/pinstripe.svg")));

    auto *welcome = new QLabel(tr("No ad account is open yet."), this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    setCentralWidget(welcome);

    createMenus();

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    setApiBaseUrl(ApiEndpoint::productionBaseUrl(), false);

    resize(1200, 760); // first start only; restoreWindowState() wins afterwards
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

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
    redo->setShortcut(QKeySequence::Redo);
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
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

} // namespace pinstripe
