"""moment_gui.ui"""
