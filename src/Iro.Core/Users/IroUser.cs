using Microsoft.AspNetCore.Identity;

namespace Iro.Core.Users;

/// <summary>A person who signs in. Identity proves who they are; <see cref="Role"/> and
/// <see cref="CouncilId"/> (Iro's own data) decide what they may see.</summary>
public sealed class IroUser : IdentityUser<Guid>
{
    public CouncilId? CouncilId { get; set; }
    public StaffMemberId? StaffMemberId { get; set; }
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public bool IsActive { get; set; } = true;
}
