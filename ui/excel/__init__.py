"""Excel in the GUI: the supervisor overview of the current list filter and the import of office lists."""
