using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace PublishingPortal.Web.Accounts;

/// <summary>Identity's validation messages in Vietnamese.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    /// <inheritdoc />
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = string.Format(CultureInfo.InvariantCulture, "Mật khẩu cần ít nhất {0} ký tự.", length) };

    /// <inheritdoc />
    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "Mật khẩu cần có ít nhất một chữ số." };

    /// <inheritdoc />
    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = "Mật khẩu cần có ít nhất một chữ thường." };

    /// <inheritdoc />
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = string.Format(CultureInfo.InvariantCulture, "Mật khẩu cần ít nhất {0} ký tự khác nhau.", uniqueChars) };

    /// <inheritdoc />
    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Địa chỉ e-mail {email} đã được dùng." };

    /// <inheritdoc />
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Tên đăng nhập {userName} đã được dùng." };

    /// <inheritdoc />
    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"Địa chỉ e-mail \"{email}\" không hợp lệ." };

    /// <inheritdoc />
    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Tài khoản vừa được người khác sửa; hãy tải lại trang." };
}
