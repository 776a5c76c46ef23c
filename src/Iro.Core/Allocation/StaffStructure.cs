using Iro.Core.Councils;

namespace Iro.Core.Allocation;

/// <summary>One person on the council's staff, as far as IRO independence needs: who they are and who manages
/// them.</summary>
public sealed record StaffPost(StaffMemberId Id, string Name, StaffMemberId? LineManagerId);

/// <summary>The council's line-management structure, read from <see cref="StaffMember.LineManagerId"/>. IRO
/// independence depends on it: anyone who manages, directly or up the line, a person who plans or manages the
/// child's case may not be the child's IRO (CPPCR 2010 reg 46(2)(d)).</summary>
public sealed class StaffStructure
{
    private readonly Dictionary<StaffMemberId, StaffPost> posts;

    /// <exception cref="ArgumentException">A person appears twice, a line manager is not on the staff, or the
    /// line management goes round in a circle (someone ends up managing themselves).</exception>
    public StaffStructure(IEnumerable<StaffPost> staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        posts = [];
        foreach (var post in staff)
        {
            if (post is null)
            {
                throw new ArgumentException("A member of staff is missing.", nameof(staff));
            }
            if (!posts.TryAdd(post.Id, post))
            {
                throw new ArgumentException($"{post.Name} appears more than once in the staff list.", nameof(staff));
            }
        }
        foreach (var post in posts.Values)
        {
            if (post.LineManagerId is { } managerId && !posts.ContainsKey(managerId))
            {
                throw new ArgumentException($"{post.Name}'s line manager is not in the staff list.", nameof(staff));
            }
            var seen = new HashSet<StaffMemberId> { post.Id };
            for (var manager = post.LineManagerId; manager is { } m; manager = posts[m].LineManagerId)
            {
                if (!seen.Add(m))
                {
                    throw new ArgumentException(
                        $"The line management above {post.Name} goes round in a circle through {posts[m].Name}.",
                        nameof(staff));
                }
            }
        }
    }

    /// <summary>The structure held in the council's <see cref="StaffMember"/> records.</summary>
    public static StaffStructure From(IEnumerable<StaffMember> staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return new StaffStructure(staff.Select(s => new StaffPost(s.Id, s.FullName, s.LineManagerId)));
    }

    public bool Contains(StaffMemberId id) => posts.ContainsKey(id);

    /// <summary>The person's name, or "someone not on the staff list" for an id the structure does not hold (a
    /// case role held by an agency worker, say).</summary>
    public string NameOf(StaffMemberId id) => posts.TryGetValue(id, out var post) ? post.Name : "someone not on the staff list";

    /// <summary>The managers above <paramref name="id"/>, nearest first: line manager, their line manager, and so
    /// on to the top. Empty for someone not on the staff list.</summary>
    public IReadOnlyList<StaffMemberId> ManagersAbove(StaffMemberId id)
    {
        var chain = new List<StaffMemberId>();
        if (!posts.TryGetValue(id, out var post))
        {
            return chain;
        }
        for (var manager = post.LineManagerId; manager is { } m; manager = posts[m].LineManagerId)
        {
            chain.Add(m);
        }
        return chain;
    }
}
