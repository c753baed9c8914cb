// placeholder until the module's issue lands
