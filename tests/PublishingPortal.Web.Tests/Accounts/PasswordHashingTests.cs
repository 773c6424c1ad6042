using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Accounts;

namespace PublishingPortal.Web.Tests.Accounts;

/// <summary>Issue 11: PBKDF2-HMAC-SHA512 at OWASP's 210,000 iterations, and older hashes re-made at sign-in.</summary>
public sealed class PasswordHashingTests : IClassFixture<QuietPortalFactory>
{
    private readonly QuietPortalFactory _factory;

    public PasswordHashingTests(QuietPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task NewHash_IsV3Sha512At210000Iterations()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var (prf, iterations) = Describe(await HashAsync(user.Id));
        Assert.Equal(KeyDerivationPrf.HMACSHA512, prf);
        Assert.Equal(210_000, iterations);
        Assert.Equal(IdentitySetup.PasswordIterations, iterations);
    }

    [Fact]
    public async Task OldHashAt100000_SignInWorks_AndStoresANewHashAt210000()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);

        // A hash as Identity made it before this change (its default count), stored as an older install would have it.
        var old = new PasswordHasher<PortalUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 })).HashPassword(user, StaffAccounts.Password);
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, old)));
        Assert.Equal(100_000, Describe(await HashAsync(user.Id)).Iterations);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
            Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, hasher.VerifyHashedPassword(user, old, StaffAccounts.Password));
        }

        using var client = StaffAccounts.CreateClient(_factory);
        await StaffAccounts.SignInAsync(client, user.Email!, StaffAccounts.Password);

        var now = await HashAsync(user.Id);
        Assert.NotEqual(old, now);
        Assert.Equal((KeyDerivationPrf.HMACSHA512, 210_000), Describe(now));

        // The new hash still takes the same password, and no longer asks for a re-hash.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
            Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, now, StaffAccounts.Password));
        }
    }

    private Task<string> HashAsync(string userId) =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash!).SingleAsync());

    // Identity V3 format: 0x01, PRF (uint32 big-endian), iteration count (uint32), salt length, salt, subkey.
    private static (KeyDerivationPrf Prf, int Iterations) Describe(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return ((KeyDerivationPrf)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
    }

    private enum KeyDerivationPrf
    {
        HMACSHA1 = 0,
        HMACSHA256 = 1,
        HMACSHA512 = 2,
    }
}
