import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// The fields of `Attachment` and `Mutation.deleteAttachment`. Deleting removes the row
/// only: files are content-addressed and may be shared by other rows.
enum AttachmentResolvers {
    static let table: [String: FieldResolver] = [
        "Attachment.id": .sync { source, _, _, _ in try cast(source, as: AttachmentRecord.self).id },
        "Attachment.filename": .sync { source, _, _, _ in try cast(source, as: AttachmentRecord.self).filename },
        "Attachment.contentType": .sync { source, _, _, _ in try cast(source, as: AttachmentRecord.self).contentType },
        "Attachment.sizeBytes": .sync { source, _, _, _ in Int(try cast(source, as: AttachmentRecord.self).sizeBytes) },
        "Attachment.createdAt": .sync { source, _, _, _ in try cast(source, as: AttachmentRecord.self).createdAt },
        "Attachment.downloadUrl": .sync { source, _, _, _ in
            AttachmentService.downloadPath(try cast(source, as: AttachmentRecord.self).id)
        },
        "Tenant.photo": .async { source, _, context, _ in
            try await tenantFiles(source, context).last { $0.ownerKind == .tenantPhoto }
        },
        "Tenant.documents": .async { source, _, context, _ in
            try await tenantFiles(source, context).filter { $0.ownerKind == .tenantDocument }
        },
        "Mutation.deleteAttachment": .async { _, arguments, context, _ in try await delete(arguments, try APIContext.from(context)) },
    ]

    /// A tenant's files, oldest first, batched per page of tenants (TENANTS_READ scope: a
    /// TENANT sees only files of tenants linked to them).
    static func tenantFiles(_ source: any Sendable, _ context: any Sendable) async throws -> [AttachmentRecord] {
        let tenant = try cast(source, as: TenantRecord.self)
        let api = try APIContext.from(context)
        let scope = try api.recordScope(.tenantsRead)
        return try await api.children(AttachmentRecord.self, by: "owner_id", of: tenant.id, scope: scope, orderBy: "created_at")
    }

    /// The owner's manage permission decides: EXPENSES_MANAGE for an expense's file,
    /// TENANTS_UPDATE for a tenant's (a TENANT only their own). NOT_FOUND when the
    /// attachment is not visible in that scope.
    static func delete(_ arguments: ObjectValue, _ api: APIContext) async throws -> String {
        let orgScope = try api.recordScope(.orgRead)
        guard case .string(let idText)? = arguments["id"], let id = UUID(uuidString: idText) else {
            throw APIErrors.notFound("Attachment not found.")
        }
        let pool = try api.requirePool()
        guard let found = try await pool.withConnection({
            try await RecordLookup.find(AttachmentRecord.self, id: idText, scope: RecordScope(orgID: orgScope.orgID), on: $0)
        }) else {
            throw APIErrors.notFound("Attachment not found.")
        }
        let scope = try api.recordScope(found.ownerKind == .expense ? .expensesManage : .tenantsUpdate)
        return try await pool.retryingDeadlocks { connection in
            guard try await RecordLookup.find(AttachmentRecord.self, id: idText, scope: scope, on: connection) != nil,
                  try await AttachmentRepository.lock(id, orgID: scope.orgID, on: connection) != nil
            else {
                throw APIErrors.notFound("Attachment not found.")
            }
            try await AttachmentRepository.delete(id: id, on: connection)
            return found.id
        }
    }
}
