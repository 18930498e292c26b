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

    // Driven by a TV remote: a highlighted key moves with the arrows, OK presses it.
    // (The panel's own arrowKeyNavigationEnabled activates no key offscreen, so the keys are
    // walked here: every visible key of the current layout, by its place on the panel.)
    property var highlighted: null
    property string highlightedText: highlighted ? keyName(highlighted) : ""
    property string highlightedPlace: ""  // "x,y" of the highlighted key on the panel

    function keyName(item) {
        if (item.text.length > 0)
            return item.text
        if (item.key === Qt.Key_Space)
            return " "
        if (item.key === Qt.Key_Backspace)
            return "backspace"
        if (item.key === Qt.Key_Return)
            return "enter"
        return "key" + item.keyType
    }
    function keys() {
        var found = []
        function walk(item) {
            if (!item || !item.visible)
                return
            if (item.keyType !== undefined) {  // a key; a filler has nothing drawn to press
                if (item.enabled && item.keyPanelDelegate && item.width > 0 && item.height > 0)
                    found.push(item)
                return
            }
            for (var i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(keyboard)
        return found
    }
    function centre(item) {
        return item.mapToItem(root, item.width / 2, item.height / 2)
    }
    function place(item) {
        highlighted = item
        highlightedPlace = ""
        if (item) {
            var corner = item.mapToItem(root, 0, 0)
            highlightedPlace = Math.round(corner.x) + "," + Math.round(corner.y)
            ring.x = corner.x
            ring.y = corner.y
            ring.width = item.width
            ring.height = item.height
        }
    }
    // Start (or end) highlighting: the first letter key, or nothing.
    function startNavigation() {
        var all = keys()
        var start = null
        for (var i = 0; i < all.length && !start; ++i)
            if (all[i].text.length === 1 && all[i].text >= "a" && all[i].text <= "z")
                start = all[i]
        place(start || (all.length ? all[0] : null))
        return highlighted !== null
    }
    function stopNavigation() {
        highlighted = null
    }
    // dx, dy: -1, 0 or 1. The nearest key in that direction (distance along it counts, the
    // offset across it counts twice as much); stays put at the edge.
    function move(dx, dy) {
        if (!highlighted || !highlighted.visible)
            return startNavigation()
        var from = centre(highlighted)
        var best = null
        var bestScore = 0
        var all = keys()
        for (var i = 0; i < all.length; ++i) {
            var item = all[i]
            if (item === highlighted)
                continue
            var c = centre(item)
            var along = (c.x - from.x) * dx + (c.y - from.y) * dy
            if (along <= 1)
                continue
            var across = Math.abs((c.x - from.x) * dy) + Math.abs((c.y - from.y) * dx)
            var score = along + 2 * across
            if (best === null || score < bestScore) {
                best = item
                bestScore = score
            }
        }
        if (best)
            place(best)
        return best !== null
    }
    // OK: what a finger on the highlighted key does.
    function pressHighlighted() {
        var item = highlighted
        if (!item)
            return false
        if (!item.noKeyEvent) {
            var up = item.uppercased
            keyboard.InputContext.inputEngine.virtualKeyClick(
                item.key, up ? item.text.toUpperCase() : item.text, up ? Qt.ShiftModifier : 0)
        }
        item.clicked()
        // the layout may have changed (symbols, shift): keep a key highlighted
        Qt.callLater(function () {
            if (highlighted && !highlighted.visible)
                startNavigation()
            else if (highlighted)
                place(highlighted)
        })
        return true
    }

    // The panel's height follows its width (the default style: 800/2560 of the width for the
    // keys, plus 85/800 of that for the candidates). On a wide window (the TV) the full width
    // would make it taller than the space it has and cut off its top rows: it is narrowed and
    // centred so that every row shows.
    readonly property real heightPerWidth: 800 / 2560 * (1 + 85 / 800)

    InputPanel {
        id: keyboard
        width: Math.min(root.width, root.height / root.heightPerWidth)
        anchors.bottom: root.bottom
        anchors.horizontalCenter: root.horizontalCenter
        active: true
        Component.onCompleted: {
            VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US"]
            VirtualKeyboardSettings.locale = "zh_CN"
        }
    }

    // The highlighted key's ring: thick and light on the dark keys, seen from a sofa.
    Rectangle {
        id: ring
        objectName: "keyRing"
        visible: root.highlighted !== null
        color: "transparent"
        border.width: 6
        border.color: "#ffd23f"
        radius: 6
        z: 10
    }
}
