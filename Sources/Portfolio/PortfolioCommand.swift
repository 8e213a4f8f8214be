import ArgumentParser

/// The `portfolio` command: serve the API, manage migrations, load demo data, print the schema,
/// sweep unreferenced attachment files.
@main
struct PortfolioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "PortfolioOS: a GraphQL API server for rental portfolios.",
        subcommands: [ServeCommand.self, MigrateCommand.self, SeedDemoCommand.self, SchemaCommand.self, SweepAttachmentsCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
