// The application for journey_crash_safety's first half, in a process of its own: started
// like `pinstripe --demo` on the data folder given, it records budget edits through the
// editor as a person does, says so on stdout, and waits to be killed (SIGKILL).
#include "journeysupport.h"

#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/editor/adgroupeditordialog.h"
#include "ui/editor/moneyedit.h"

#include <QPointer>
#include <QStandardPaths>
#include <QTabBar>
#include <QTextStream>

using namespace pinstripe;
using namespace pinstripe::journeys;

namespace {

/** Ctrl+E on the current row, Budget and bid › Budget: @p text, OK. */
bool editBudget(MainWindow *window, const QString &text)
{
    QTest::keyClick(window->browser()->tableView(), Qt::Key_E, Qt::ControlModifier);
    AdGroupEditorDialog *editor = nullptr;
    if (!QTest::qWaitFor([&] { return (editor = openWindow<AdGroupEditorDialog>()) != nullptr; }, 10000))
        return false;
    const QPointer<QDialog> guard(editor);
    auto *tabs = editor->findChild<QTabBar *>();
    if (!tabs)
        return false;
    for (int i = 0; i < tabs->count(); ++i) {
        if (visibleText(tabs->tabText(i)) == QLatin1String("Budget and bid"))
            QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
    }
    MoneyEdit *budget = byAccessibleName<MoneyEdit>(QStringLiteral("Budget"));
    if (!budget)
        return false;
    QTest::mouseClick(budget->lineEdit(), Qt::LeftButton);
    QTest::keyClick(budget->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(budget->lineEdit(), text);
    QAbstractButton *ok = button(QStringLiteral("OK"), editor);
    if (!ok)
        return false;
    QTest::mouseClick(ok, Qt::LeftButton);
    return QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, 10000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication qapp(argc, argv);
    const QStringList arguments = qapp.arguments();
    if (arguments.size() != 3)
        return 2; // journeychild <data folder> <number of edits>
    // The same settings as the journey that starts it, so the restart finds them.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeJourney"));
    QCoreApplication::setApplicationName(QStringLiteral("journey_crash_safety"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const int edits = arguments.at(2).toInt();

    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, arguments.at(1));
    if (!app || !showAndLoad(*app))
        return 3;
    MainWindow *window = app->window();
    QSortFilterProxyModel *rows = window->browser()->proxy();
    QStringList ids;
    for (int row = 0; row < rows->rowCount() && ids.size() < edits; ++row) {
        if (rows->index(row, AdGroupTableModel::BudgetType).data().toString() == QLatin1String("Daily")
            && !rows->index(row, AdGroupTableModel::Budget).data().toString().isEmpty())
            ids << rows->index(row, AdGroupTableModel::Id).data(AdGroupTableModel::IdRole).toString();
    }
    if (ids.size() < edits)
        return 4;

    QTextStream out(stdout);
    for (int i = 0; i < edits; ++i) {
        // Find the row again each time: an edit may move rows around.
        const int source = window->browser()->model()->rowOf(ids.at(i));
        const QModelIndex cell = rows->mapFromSource(window->browser()->model()->index(source, AdGroupTableModel::Status));
        if (!cell.isValid())
            return 5;
        clickCell(window->browser()->tableView(), cell);
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return 6;
        // A modest raise (5 %, to the cent), the kind the pre-post check does not question.
        const qint64 before = window->browser()->model()->index(source, AdGroupTableModel::Budget).data(AdGroupTableModel::SortRole).toLongLong();
        const qint64 cents = (before * 105 / 100 + 5'000) / 10'000;
        const QString budget = QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
        if (!editBudget(window, budget))
            return 7;
        out << "edited " << ids.at(i) << ' ' << budget << Qt::endl;
    }
    out << "recorded " << edits << Qt::endl;
    return qapp.exec(); // until killed
}
