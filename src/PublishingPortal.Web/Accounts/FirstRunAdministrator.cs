using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// Creates the newsroom roles, and the first Administrator while no account exists: from
/// <c>Admin:Email</c>/<c>Admin:Password</c>, or with a random password printed once to the console
/// (written straight to standard output, never through the logger, so it is not in the log file).
/// </summary>
public sealed class FirstRunAdministrator
{
    private readonly UserManager<PortalUser> _users;
    private readonly RoleManager<IdentityRole> _roles;
    private readonly AdminOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="users">Identity users.</param>
    /// <param name="roles">Identity roles.</param>
    /// <param name="options">First-admin settings.</param>
    /// <param name="clock">Clock.</param>
    public FirstRunAdministrator(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<AdminOptions> options, TimeProvider clock)
    {
        _users = users;
        _roles = roles;
        _options = options.Value;
        _clock = clock;
    }

    /// <summary>Ensures the roles and, on first run, the Administrator.</summary>
    /// <param name="console">Where the generated password is printed (standard output).</param>
    /// <returns>True when the Administrator was created now.</returns>
    /// <exception cref="InvalidOperationException">The configured password breaks the password policy.</exception>
    public async Task<bool> EnsureAsync(TextWriter console)
    {
        foreach (var role in NewsroomRoles.All)
        {
            if (!await _roles.RoleExistsAsync(role))
            {
                Check(await _roles.CreateAsync(new IdentityRole(role)));
            }
        }

        if (_users.Users.Any())
        {
            return false;
        }

        var generated = string.IsNullOrEmpty(_options.Password);
        var password = generated ? NewPassword() : _options.Password!;
        var admin = new PortalUser
        {
            UserName = _options.Email,
            Email = _options.Email,
            EmailConfirmed = true,
            DisplayName = "Quản trị",
            CreatedAt = _clock.GetUtcNow(),

            // Printed on a console or written in a configuration file: not a password to keep (issue 11).
            MustChangePassword = true,
        };
        Check(await _users.CreateAsync(admin, password));
        Check(await _users.AddToRoleAsync(admin, NewsroomRoles.Administrator));
        if (generated)
        {
            await console.WriteLineAsync($"""

                ================================================================
                 Tài khoản quản trị đầu tiên / first Administrator account
                   E-mail:   {admin.Email}
                   Mật khẩu: {password}
                 Mật khẩu chỉ in một lần; lần đăng nhập đầu sẽ yêu cầu đổi.
                 The password is printed only this once.
                ================================================================

                """);
        }

        return true;
    }

    private static string NewPassword()
    {
        // 20 characters from an unambiguous alphabet (~115 bits), with a digit guaranteed for the policy.
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 18) + RandomNumberGenerator.GetString("23456789", 1) + RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz", 1);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Không tạo được tài khoản quản trị: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
