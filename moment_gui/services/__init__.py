"""moment_gui.services"""
