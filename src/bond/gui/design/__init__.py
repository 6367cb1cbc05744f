"""Bond's design system in code: tokens, themes, icons, pictures and components.

``tokens`` is plain data (no Qt); ``bond.gui.theme`` turns it into the style sheet and palette.
``navigation`` and ``icons`` are safe on the first frame's path (no ``Qt`` namespace, no QtSvg);
``components`` and ``pictures`` are for what comes after it.
"""
