"""moment_gui.domain"""
