"""The notice shown when this computer's policy file could not be read.

Said once, calmly, naming the file and the first problem; Bond then runs with its safest
settings (``Policy.locked_down``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from bond.domain.policy import Policy
from bond.gui.widgets.plain import plain_label


def policy_bar(policy: Policy) -> QFrame:
    """The bar, hidden unless the policy file was there and could not be used."""
    translate = QCoreApplication.translate
    bar = QFrame()
    bar.setObjectName("policyBar")
    bar.setProperty("role", "banner")
    layout = QHBoxLayout(bar)
    label = plain_label(wrap=True)  # names the file and quotes its first problem
    label.setObjectName("policyLabel")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(label, 1)
    dismiss = QPushButton(translate("PolicyBar", "&OK"))
    dismiss.setObjectName("policyDismissButton")
    dismiss.setAccessibleName(translate("PolicyBar", "Dismiss the notice about the policy file"))
    dismiss.clicked.connect(bar.hide)
    layout.addWidget(dismiss)
    if policy.valid or policy.source is None:
        bar.hide()
        return bar
    text = (
        translate(
            "PolicyBar",
            "Bond could not use this computer's policy file, %1, so it is using its safest "
            "settings: a passphrase is required, it locks after %2 minutes, and exports are "
            "off. Please let whoever looks after this computer know. First problem: %3",
        )
        .replace("%1", str(policy.source))
        .replace("%2", str(policy.idle_lock_minutes))
        .replace("%3", policy.problems[0])
    )
    label.setText(text)
    label.setAccessibleName(text)
    return bar
