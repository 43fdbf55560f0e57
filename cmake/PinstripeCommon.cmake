# Settings every Pinstripe target shares, carried by one INTERFACE target so that
# libraries, executables and tests cannot drift apart.
add_library(pinstripe_common_settings INTERFACE)
add_library(Pinstripe::CommonSettings ALIAS pinstripe_common_settings)

target_compile_features(pinstripe_common_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(pinstripe_common_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(pinstripe_common_settings INTERFACE -Wall -Wextra -Wpedantic)
    if(PINSTRIPE_WERROR)
        target_compile_options(pinstripe_common_settings INTERFACE -Werror)
    endif()
    if(PINSTRIPE_SANITIZE)
        target_compile_options(pinstripe_common_settings INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(pinstripe_common_settings INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(pinstripe_common_settings INTERFACE /W4 /permissive- /utf-8)
    if(PINSTRIPE_WERROR)
        target_compile_options(pinstripe_common_settings INTERFACE /WX)
    endif()
endif()
