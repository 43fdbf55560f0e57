#pragma once

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;

namespace pinstripe {

/**
 * What the centre shows while the app is connected nowhere: connect to Pinterest, or try the
 * demo, and whether a system keychain will keep the sign-in. Connect to Pinterest… is the
 * Account menu's Connect command itself.
 */
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    /** @p connectCommand (not owned) is the Connect command; the page's button triggers it. */
    explicit WelcomePage(QAction *connectCommand, QWidget *parent = nullptr);

    /** Says whether a system keychain was found (nothing: not known yet). */
    void setKeychainAvailable(std::optional<bool> available);
    /** Offers the demo only when the app can start it. */
    void setDemoOffered(bool offered);

    QPushButton *connectButton() const { return m_connect; }
    QPushButton *demoButton() const { return m_demo; }
    QString keychainText() const;

Q_SIGNALS:
    /** The person chose Try the demo. */
    void demoRequested();

private:
    QPushButton *m_connect;
    QPushButton *m_demo;
    QLabel *m_keychain;
};

} // namespace pinstripe
