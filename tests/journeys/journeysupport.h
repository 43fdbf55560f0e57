// What every journey needs: the application built like main() builds it, in a data folder of
// the journey's own, and a person's ways of finding things on screen.
#pragma once

#include "application.h"
#include "commandline.h"

#include "core/api/apiclient.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/tokenprovider.h"
#include "core/app/appcontext.h"
#include "core/model/adgroup.h"
#include "core/store/adgrouprepository.h"
#include "sandbox/sandboxoptions.h"
#include "core/changes/changeset.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/changes/pendingchangesmodel.h"
#include "ui/changes/pendingchangespanel.h"
#include "ui/common/translations.h"
#include "ui/mainwindow.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <functional>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <optional>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QSettings>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QWidget>

#include <memory>

namespace pinstripe::journeys {

/**
 * What every journey starts from: Qt's test paths, settings of its own (@p name) cleared, and US
 * English with its catalogue installed as main() installs it ("1 ad group", "12 ad groups"), so
 * texts and money read the same on every machine.
 */
inline void prepareJourney(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeJourney"));
    QCoreApplication::setApplicationName(name);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(qApp, QLocale());
}

/** Starts the application as `pinstripe ARGS…` would, keeping its databases in @p dataDirectory. */
inline std::unique_ptr<Application> start(const QStringList &arguments, const QString &dataDirectory)
{
    const CommandLine commandLine = CommandLine::parse(QStringList{QStringLiteral("pinstripe")} + arguments);
    if (commandLine.action != CommandLine::Action::RunGui)
        return nullptr;
    return Application::build(commandLine, dataDirectory);
}

/** The visible button reading @p text (mnemonics ignored) inside @p parent, or in any top-level window. */
inline QAbstractButton *button(const QString &text, QWidget *parent = nullptr)
{
    const auto matches = [&text](QAbstractButton *b) {
        return b->isVisible() && b->isEnabled() && b->text().remove(QLatin1Char('&')) == text;
    };
    if (parent) {
        for (QAbstractButton *b : parent->findChildren<QAbstractButton *>()) {
            if (matches(b))
                return b;
        }
        return nullptr;
    }
    for (QWidget *top : QApplication::topLevelWidgets()) {
        for (QAbstractButton *b : top->findChildren<QAbstractButton *>()) {
            if (matches(b))
                return b;
        }
    }
    return nullptr;
}

/** The visible widget of type T whose accessible name is @p name, in any top-level window. */
template<typename T>
T *byAccessibleName(const QString &name)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        for (T *w : top->findChildren<T *>()) {
            if (w->isVisible() && w->accessibleName() == name)
                return w;
        }
    }
    return nullptr;
}

/** The visible top-level window of type T (a dialog the app opened), if any. */
template<typename T>
T *openWindow()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *w = qobject_cast<T *>(top); w && w->isVisible())
            return w;
        for (T *w : top->findChildren<T *>()) {
            if (w->isVisible() && w->isWindow())
                return w;
        }
    }
    return nullptr;
}

/** Saves what the window shows at the journey's end. */
inline void screenshot(QWidget *window, const QString &name)
{
    QDir dir(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath()));
    dir.mkpath(QStringLiteral("journeys"));
    window->grab().save(dir.filePath(QStringLiteral("journeys/%1.png").arg(name)));
}

/** What a person reads on a menu entry or button: the text without its mnemonic marker. */
inline QString visibleText(QString text)
{
    return text.remove(QLatin1Char('&'));
}

/** Opens the menu bar's menu titled @p title with a click, as a person does; nullptr if none. */
inline QMenu *openMenu(QMenuBar *bar, const QString &title)
{
    for (QAction *action : bar->actions()) {
        if (action->menu() && action->isVisible() && visibleText(action->text()) == title) {
            const QPoint at = bar->actionGeometry(action).center();
            QTest::mouseMove(bar, at);
            QTest::mouseClick(bar, Qt::LeftButton, {}, at);
            if (!QTest::qWaitFor([&] { return action->menu()->isVisible(); }, 5000))
                return nullptr;
            return action->menu();
        }
    }
    return nullptr;
}

/**
 * Clicks the entry reading @p text in the open @p menu; a path of texts separated by " › "
 * walks into submenus. Returns whether the entry was there and enabled.
 */
inline bool clickMenuItem(QMenu *menu, const QString &text)
{
    const QStringList path = text.split(QStringLiteral(" › "));
    for (int i = 0; i < path.size(); ++i) {
        QAction *found = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isVisible() && !action->isSeparator() && visibleText(action->text()) == path.at(i))
                found = action;
        }
        if (!found || !found->isEnabled())
            return false;
        const QPoint at = menu->actionGeometry(found).center();
        QTest::mouseMove(menu, at);
        if (i + 1 < path.size()) {
            QMenu *sub = found->menu();
            if (!sub)
                return false;
            QTest::mouseClick(menu, Qt::LeftButton, {}, at);
            if (!QTest::qWaitFor([sub] { return sub->isVisible(); }, 5000))
                return false;
            menu = sub;
        } else {
            QTest::mouseClick(menu, Qt::LeftButton, {}, at);
        }
    }
    return true;
}

/** Opens @p menuTitle in @p window's menu bar and clicks @p item in it. */
inline bool chooseMenuItem(QWidget *window, const QString &menuTitle, const QString &item)
{
    auto *bar = window->findChild<QMenuBar *>();
    QMenu *menu = bar ? openMenu(bar, menuTitle) : nullptr;
    return menu && clickMenuItem(menu, item);
}

/** Clicks the header of the column titled @p title in @p view. Returns whether it was there. */
inline bool clickHeader(QAbstractItemView *view, QHeaderView *header, const QString &title)
{
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical)
            || view->model()->headerData(logical, header->orientation()).toString() != title)
            continue;
        const int x = header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        return true;
    }
    return false;
}

/** Clicks the cell at @p index of @p view (scrolled to first), with @p modifiers held. */
inline void clickCell(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers = {})
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

/**
 * Steps a person takes in windows that block the journey while they are open (a popup menu
 * run by exec(), a modal file dialog): each step is tried every few milliseconds until it
 * reports done, then the next one; a step that opens another blocking window does so from a
 * call of its own, so the steps go on inside it. Keep this alive until the blocking call has
 * returned.
 */
class Answers final
{
public:
    explicit Answers(QList<std::function<bool()>> steps)
        : m_steps(std::move(steps))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (!m_steps.isEmpty() && m_steps.constFirst()())
                m_steps.removeFirst();
            if (m_steps.isEmpty())
                m_timer.stop();
        });
        m_timer.start();
    }
    bool allGiven() const { return m_steps.isEmpty(); }

private:
    QList<std::function<bool()>> m_steps;
    QTimer m_timer;
};

/** A step: clicks @p item in whichever popup menu is open. */
inline std::function<bool()> clickInOpenMenu(const QString &item)
{
    return [item] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return false;
        // Clicked from a fresh call: the item may run a dialog of its own, and the steps'
        // timer must keep ticking inside it.
        QTimer::singleShot(0, menu, [menu, item] { clickMenuItem(menu, item); });
        return true;
    };
}

/**
 * A step: types @p path into the open file dialog's file name field and clicks Save. Done once
 * the dialog has closed: Enter could go to the name completer's list of suggestions (it shows up
 * when the folder listing arrives while typing) and leave the dialog open, so Save is clicked
 * and the step tries again until the dialog is gone.
 */
inline std::function<bool()> saveAsInFileDialog(const QString &path)
{
    return [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return false;
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QAbstractButton *save = buttons ? buttons->button(QDialogButtonBox::Save) : nullptr;
        if (!name || !name->isVisible() || !save)
            return false;
        // In the folder first, then the name, as a person picks a folder and names the file:
        // typing a whole path makes the completer list every entry of each folder on the way
        // (a busy /tmp takes minutes under the sanitizer).
        const QFileInfo target(path);
        dialog->setDirectory(target.absolutePath());
        QTest::mouseClick(name, Qt::LeftButton);
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, target.fileName());
        if (QCompleter *completer = name->completer(); completer && completer->popup()->isVisible())
            completer->popup()->hide(); // a person clicks past the suggestions
        QTest::mouseClick(save, Qt::LeftButton);
        return !dialog->isVisible();
    };
}

/**
 * A step: picks the existing file @p path in the open file dialog (its folder, then its name)
 * and clicks Open; done once the dialog has closed (see saveAsInFileDialog() for why it retries).
 */
inline std::function<bool()> openInFileDialog(const QString &path)
{
    return [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return false;
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QAbstractButton *open = buttons ? buttons->button(QDialogButtonBox::Open) : nullptr;
        if (!name || !name->isVisible() || !open)
            return false;
        const QFileInfo target(path);
        dialog->setDirectory(target.absolutePath());
        QTest::mouseClick(name, Qt::LeftButton);
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, target.fileName());
        if (QCompleter *completer = name->completer(); completer && completer->popup()->isVisible())
            completer->popup()->hide();
        QTest::mouseClick(open, Qt::LeftButton);
        return !dialog->isVisible();
    };
}

/** Shows the window as a person sees it and waits until it lists the open account's ad groups. */
inline bool showAndLoad(Application &app)
{
    MainWindow *window = app.window();
    window->resize(1440, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    AdGroupBrowser *browser = window->browser();
    return QTest::qWaitFor([&] { return app.workspace()->account().has_value(); }, 20000)
        && QTest::qWaitFor([&] { return !browser->repository()->isLoading() && browser->proxy()->rowCount() > 5; }, 20000);
}

/**
 * Posts what is pending as a person does: the Pending Changes dock's Post… button, the
 * summary's "Post N" button, then OK on the result. Returns the result's text (empty, or what
 * was on screen instead, if a step did not appear).
 */
inline QString postWithTheDock(MainWindow *window, int expected)
{
    auto *panel = window->findChild<PendingChangesPanel *>();
    if (!panel)
        return {};
    QAbstractButton *post = nullptr;
    if (!QTest::qWaitFor([&] { return (post = button(QStringLiteral("Post…"), panel)) != nullptr; }, 5000))
        return {};
    QAbstractButton *postThem = nullptr;
    const QString label = QStringLiteral("Post %1").arg(expected);
    // Instead of the summary the app may answer with a message that waits for OK (e.g. "Not
    // connected to Pinterest."): a person reads it and clicks OK, and the journey says what it was.
    QString instead;
    Answers readMessage({[&instead, label] {
        if (button(label))
            return true;
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return false;
        instead = box->text();
        QTimer::singleShot(0, box, [box] { QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton); });
        return true;
    }});
    QTest::mouseClick(post, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return (postThem = button(label)) != nullptr || !instead.isEmpty(); }, 20000)
        || !instead.isEmpty()) {
        if (!instead.isEmpty())
            return QStringLiteral("no \"%1\" button; the app said: %2").arg(label, instead);
        QStringList seen; // what is on screen instead, for the failure message
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (!top->isVisible())
                continue;
            seen << top->windowTitle();
            for (QAbstractButton *b : top->findChildren<QAbstractButton *>()) {
                if (b->isVisible() && !b->text().isEmpty())
                    seen << QStringLiteral("[%1]").arg(b->text());
            }
        }
        return QStringLiteral("no \"%1\" button; on screen: %2").arg(label, seen.join(QLatin1Char(' ')));
    }
    QTest::mouseClick(postThem, Qt::LeftButton);
    QMessageBox *result = nullptr;
    if (!QTest::qWaitFor([&] { return (result = openWindow<QMessageBox>()) != nullptr; }, 60000))
        return {};
    const QString text = result->text();
    QTest::mouseClick(result->button(QMessageBox::Ok), Qt::LeftButton);
    return text;
}

/** The ad group as Pinterest (the sandbox at @p baseUrl) has it now, asked afresh with the demo token. */
inline std::optional<AdGroup> serverAdGroup(const QUrl &baseUrl, const QString &adAccountId, const QString &adGroupId,
                                            const QString &token = sandbox::SandboxOptions().accessToken)
{
    StaticTokenProvider tokens(token);
    ApiClient client(baseUrl, &tokens);
    auto *get = new GetAdGroupRequest(&client, adAccountId, adGroupId);
    QSignalSpy got(get, &GetAdGroupRequest::finished);
    get->start();
    if (!QTest::qWaitFor([&] { return got.size() == 1; }, 20000))
        return std::nullopt;
    return got.first().first().value<AdGroup>();
}

} // namespace pinstripe::journeys
