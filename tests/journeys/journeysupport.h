// What every journey needs: the application built like main() builds it, in a data folder of
// the journey's own, and a person's ways of finding things on screen.
#pragma once

#include "application.h"
#include "commandline.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace pinstripe::journeys {

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

} // namespace pinstripe::journeys
