// The Qt Virtual Keyboard panel, embedded in the shell's window (not a window of its own).
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

Item {
    id: root

    // Lets tests and remote controls press a key of the panel, as a finger would.
    function press(key, text) {
        keyboard.InputContext.inputEngine.virtualKeyClick(key, text, 0)
    }
    // True once the panel can take key presses: its input method (pinyin) is in place.
    property bool ready: keyboard.InputContext.inputEngine.inputMethod !== null
    function setLocale(name) {
        VirtualKeyboardSettings.locale = name
    }

    InputPanel {
        id: keyboard
        width: root.width
        anchors.bottom: root.bottom
        active: true
        Component.onCompleted: {
            VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US"]
            VirtualKeyboardSettings.locale = "zh_CN"
        }
    }
}
