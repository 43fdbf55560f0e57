// The main window with its workspace, as main() builds it, connected to a sandbox: shared by the
// tests that drive the whole window.
#pragma once

#include "core/app/appcontext.h"
#include "core/changes/pendingchangestore.h"
#include "core/store/adgrouprepository.h"
#include "core/store/localstore.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/mainwindow.h"
#include "ui/workspace/workspacecontroller.h"
#include "testcontext.h"

#include <QItemSelectionModel>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace pinstripe::testing {

/** A main window with its workspace, its context's databases in @p dir under @p name. */
struct OpenWindow
{
    OpenWindow(const QTemporaryDir &dir, const QString &name)
        : context(contextOptions(dir.filePath(name)))
        , store(*context.cache())
        , pending(*context.pendingChanges())
        , window(&context)
        , workspace(new WorkspaceController(&window))
    {
        window.resize(1400, 900);
    }

    /** Connects, shows and waits until the first account's ad groups are loaded and known in full. */
    bool connectAndLoad(const QUrl &baseUrl, TokenProvider *tokens)
    {
        context.connectTo(baseUrl, tokens, true);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        AdGroupBrowser *browser = window.browser();
        return QTest::qWaitFor([&] { return workspace->account().has_value(); }, 20000)
            && QTest::qWaitFor([&] { return !browser->repository()->isLoading() && browser->model()->rowCount() > 5; }, 20000)
            && QTest::qWaitFor([&] { return workspace->allAdGroups().size() >= browser->model()->rowCount(); }, 20000);
    }

    /** Selects, in table order, up to @p count rows whose ad group passes @p wanted; returns their ids. */
    QStringList selectRows(const std::function<bool(const AdGroup &)> &wanted, int count)
    {
        AdGroupBrowser *browser = window.browser();
        QItemSelection selection;
        QStringList ids;
        for (int row = 0; row < browser->proxy()->rowCount() && ids.size() < count; ++row) {
            const QModelIndex index = browser->proxy()->index(row, 0);
            const QString id = browser->model()->rowAt(browser->proxy()->mapToSource(index).row()).id;
            if (!wanted(workspace->adGroup(id).value_or(AdGroup())))
                continue;
            selection.select(index, index);
            ids << id;
        }
        browser->tableView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return ids;
    }

    AppContext context;
    LocalStore &store;
    PendingChangeStore &pending;
    MainWindow window;
    WorkspaceController *workspace;
};

} // namespace pinstripe::testing
